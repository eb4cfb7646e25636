import { Box, Card, CardContent, IconButton, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Link as RouterLink } from 'react-router-dom';
import { useNotify, useTranslate } from 'react-admin';
import { downloadFile } from '../providers/download';
import { useApi } from '../common/useApi';
import type { Indicator, Point, Widget } from './widgetData';
import { recordsBehind, valuesUrl, verdictColour } from './widgetData';

interface Props {
  widget: Widget;
  indicator: Indicator;
  role: string;
  editing: boolean;
  onRemove: () => void;
  onMoveUp: () => void;
}

const formatValue = (value: number | null, unit: string) => (value === null ? '—' : `${value.toLocaleString('ru-RU')} ${unit}`);

/** One widget of the home page: a number, a trend line, a bar by cut or a table, with fact against plan. */
export function WidgetCard({ widget, indicator, role, editing, onRemove, onMoveUp }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const { data, isError } = useApi<{ points: Point[] }>(valuesUrl(indicator, widget));
  const points = data?.points ?? [];
  const titleId = `widget-${widget.indicator}-${widget.kind}-${widget.cut ?? 'all'}`;
  return (
    <Card component="section" aria-labelledby={titleId} data-testid="home-widget" sx={{ height: '100%' }}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography id={titleId} variant="subtitle1" component="h2" sx={{ flex: 1 }}>
            {indicator.name}
          </Typography>
          <IconButton
            size="small"
            aria-label={translate('app.home.export')}
            title={translate('app.home.export')}
            onClick={() =>
              downloadFile(valuesUrl(indicator, widget).replace('/values?', '/export?'), `${indicator.code}.xlsx`).catch((err: Error) =>
                notify(err.message, { type: 'error' }),
              )
            }
          >
            <FileDownloadIcon fontSize="small" />
          </IconButton>
          {editing && (
            <>
              <IconButton size="small" aria-label={translate('app.home.moveUp')} onClick={onMoveUp}>
                <ArrowUpwardIcon fontSize="small" />
              </IconButton>
              <IconButton size="small" aria-label={translate('app.home.remove')} onClick={onRemove}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </>
          )}
        </Box>
        {isError && <Typography color="error">{translate('app.home.noData')}</Typography>}
        {!isError && widget.kind === 'NUMBER' && (
          <NumberView points={points} indicator={indicator} link={recordsBehind(indicator.code, role)} />
        )}
        {!isError && widget.kind === 'TREND' && <TrendView points={points} />}
        {!isError && widget.kind === 'BAR' && <BarView points={points} />}
        {!isError && widget.kind === 'TABLE' && <TableView points={points} indicator={indicator} />}
      </CardContent>
    </Card>
  );
}

function NumberView({ points, indicator, link }: { points: Point[]; indicator: Indicator; link: string | null }) {
  const translate = useTranslate();
  const last = points[points.length - 1];
  const text = formatValue(last?.value ?? null, indicator.unit);
  return (
    <>
      <Typography variant="h4" sx={{ color: verdictColour(last?.verdict ?? null) }} data-testid="widget-number">
        {link ? (
          <Link component={RouterLink} to={link} underline="hover" color="inherit" title={translate('app.home.openRecords')}>
            {text}
          </Link>
        ) : (
          text
        )}
      </Typography>
      {last && (
        <Typography variant="body2" color="text.secondary">
          {last.period}
          {last.plan !== null && ` · ${translate('app.home.plan')}: ${formatValue(last.plan, indicator.unit)}`}
        </Typography>
      )}
    </>
  );
}

function TrendView({ points }: { points: Point[] }) {
  return (
    <ResponsiveContainer width="100%" height={160}>
      <LineChart data={points}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="period" fontSize={11} />
        <YAxis fontSize={11} />
        <Tooltip />
        <Line type="monotone" dataKey="value" stroke="#1976d2" isAnimationActive={false} />
        <Line type="monotone" dataKey="plan" stroke="#9e9e9e" strokeDasharray="4 4" isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

function BarView({ points }: { points: Point[] }) {
  return (
    <ResponsiveContainer width="100%" height={180}>
      <BarChart data={points.map((p) => ({ ...p, name: p.label ?? p.period }))}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" fontSize={10} interval={0} angle={-15} textAnchor="end" height={40} />
        <YAxis fontSize={11} />
        <Tooltip />
        <Bar dataKey="value" fill="#1976d2" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

function TableView({ points, indicator }: { points: Point[]; indicator: Indicator }) {
  const translate = useTranslate();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.home.row')}</TableCell>
          <TableCell align="right">{translate('app.home.fact')}</TableCell>
          <TableCell align="right">{translate('app.home.plan')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {points.map((p) => (
          <TableRow key={`${p.period}-${p.key}`}>
            <TableCell>{p.label ?? p.period}</TableCell>
            <TableCell align="right" sx={{ color: verdictColour(p.verdict) }}>
              {formatValue(p.value, indicator.unit)}
            </TableCell>
            <TableCell align="right">{p.plan === null ? '—' : formatValue(p.plan, indicator.unit)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
