import { Box, Button, Grid, MenuItem, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { useApi } from '../common/useApi';
import { useSend } from '../common/useSend';
import { httpClient } from '../providers/httpClient';
import type { Indicator, Widget } from './widgetData';
import { WidgetCard } from './WidgetCard';

const KINDS: Widget['kind'][] = ['NUMBER', 'TREND', 'BAR', 'TABLE'];

/** The home page on sign-in: the role's widgets (or the user's own arrangement), chosen from the indicator catalog. */
export function HomePage() {
  const translate = useTranslate();
  const { permissions: role = '' } = usePermissions<string>();
  const queryClient = useQueryClient();
  const { data: saved } = useApi<{ widgets: Widget[]; saved: boolean }>('/api/dashboard');
  const { data: catalog = [] } = useApi<Indicator[]>('/api/indicators?range=[0,199]&filter={"active":true}');
  const [widgets, setWidgets] = useState<Widget[]>([]);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Widget>({ indicator: '', kind: 'NUMBER', cut: null });
  useEffect(() => {
    if (saved) setWidgets(saved.widgets);
  }, [saved]);
  const save = useSend((body: { widgets: Widget[] }) => httpClient('/api/dashboard', { method: 'PUT', body: JSON.stringify(body) }), {
    done: 'app.home.saved',
    onSuccess: () => {
      setEditing(false);
      void queryClient.invalidateQueries({ queryKey: ['api', '/api/dashboard'] });
    },
  });
  const byCode = new Map(catalog.map((i) => [i.code, i]));
  const chosen = byCode.get(draft.indicator);
  const move = (i: number) =>
    setWidgets((list) => (i === 0 ? list : [...list.slice(0, i - 1), list[i], list[i - 1], ...list.slice(i + 1)]));
  return (
    <Box sx={{ mt: 1 }} data-testid="home-page">
      <Title title={translate('app.home.title')} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="h5" component="h1" sx={{ flex: 1 }}>
          {translate(`app.home.heading.${role || 'OPERATOR'}`, { _: translate('app.home.title') })}
        </Typography>
        {editing ? (
          <Button variant="contained" disabled={save.isPending} onClick={() => save.submit({ widgets })}>
            {translate('app.home.save')}
          </Button>
        ) : (
          <Button onClick={() => setEditing(true)}>{translate('app.home.customise')}</Button>
        )}
      </Box>
      {editing && (
        <Box sx={{ display: 'flex', gap: 1, mb: 2, flexWrap: 'wrap' }}>
          <TextField
            select
            size="small"
            label={translate('app.home.indicator')}
            value={draft.indicator}
            onChange={(e) => setDraft({ ...draft, indicator: e.target.value, cut: null })}
            sx={{ minWidth: 320 }}
          >
            {catalog.map((i) => (
              <MenuItem key={i.code} value={i.code}>
                {i.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={translate('app.home.kind')}
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.target.value as Widget['kind'] })}
          >
            {KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {translate(`app.home.kinds.${k}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={translate('app.home.cut')}
            value={draft.cut ?? ''}
            onChange={(e) => setDraft({ ...draft, cut: e.target.value || null })}
            sx={{ minWidth: 180 }}
          >
            <MenuItem value="">{translate('app.home.noCut')}</MenuItem>
            {(chosen?.cuts ?? []).map((c) => (
              <MenuItem key={c} value={c}>
                {translate(`app.home.cuts.${c}`)}
              </MenuItem>
            ))}
          </TextField>
          <Button disabled={!chosen} onClick={() => setWidgets([...widgets, draft])}>
            {translate('app.home.add')}
          </Button>
        </Box>
      )}
      <Grid container spacing={2}>
        {widgets.map((widget, i) => {
          const indicator = byCode.get(widget.indicator);
          if (!indicator) return null;
          return (
            <Grid
              key={`${i}-${widget.indicator}-${widget.kind}`}
              size={{ xs: 12, md: widget.kind === 'NUMBER' ? 4 : 6, lg: widget.kind === 'NUMBER' ? 3 : 6 }}
            >
              <WidgetCard
                widget={widget}
                indicator={indicator}
                role={role}
                editing={editing}
                onRemove={() => setWidgets(widgets.filter((_, j) => j !== i))}
                onMoveUp={() => move(i)}
              />
            </Grid>
          );
        })}
      </Grid>
    </Box>
  );
}
