import { Box, Link, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { samaraDate } from '../common/samaraTime';

export interface PlanPoint {
  key: string;
  title: string;
  needId: string;
  organisation: { name: string };
  evidenceDocument: string;
  status: string;
  plannedStartAt: string;
  plannedDueAt: string;
  startedAt: string | null;
  closedAt: string | null;
  late: boolean;
  onCriticalPath: boolean;
  escalationLevel: number;
}

const ROW = 44;
const LABEL = 280;
const WIDTH = 900;
const COLOURS = { planned: '#cfd8dc', critical: '#ef9a9a', actual: '#1976d2', late: '#d32f2f' };

const time = (iso: string) => new Date(iso).getTime();

/** The control points as bars: planned dates in grey (red on the critical path), the actual run over them. */
export function PlanTimeline({ points, now = Date.now() }: { points: PlanPoint[]; now?: number }) {
  const translate = useTranslate();
  const starts = points.map((p) => time(p.plannedStartAt));
  const ends = points.flatMap((p) => [time(p.plannedDueAt), p.closedAt ? time(p.closedAt) : p.startedAt ? now : 0]);
  const from = Math.min(...starts);
  const to = Math.max(...ends, from + 1);
  const x = (t: number) => LABEL + ((t - from) / (to - from)) * (WIDTH - LABEL - 10);
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <svg width={WIDTH} height={points.length * ROW + 24} role="img" aria-label={translate('app.plans.timeline')}>
        {points.map((p, i) => {
          const y = i * ROW + 4;
          const actualEnd = p.closedAt ? time(p.closedAt) : now;
          return (
            <g key={p.key} data-point={p.key} data-critical={p.onCriticalPath} data-late={p.late}>
              <text x={0} y={y + 16} fontSize={13} fontWeight={p.onCriticalPath ? 700 : 400}>
                {p.title.length > 38 ? `${p.title.slice(0, 37)}…` : p.title}
              </text>
              <text x={0} y={y + 32} fontSize={11} fill="#616161">
                {p.organisation.name.length > 44 ? `${p.organisation.name.slice(0, 43)}…` : p.organisation.name}
              </text>
              <rect
                x={x(time(p.plannedStartAt))}
                y={y + 4}
                width={Math.max(x(time(p.plannedDueAt)) - x(time(p.plannedStartAt)), 3)}
                height={14}
                fill={p.onCriticalPath ? COLOURS.critical : COLOURS.planned}
              >
                <title>
                  {translate('app.plans.planned', {
                    from: samaraDate.format(new Date(p.plannedStartAt)),
                    to: samaraDate.format(new Date(p.plannedDueAt)),
                  })}
                </title>
              </rect>
              {p.startedAt && (
                <rect
                  x={x(time(p.startedAt))}
                  y={y + 20}
                  width={Math.max(x(actualEnd) - x(time(p.startedAt)), 3)}
                  height={10}
                  fill={p.late ? COLOURS.late : COLOURS.actual}
                />
              )}
            </g>
          );
        })}
        <line x1={x(now)} x2={x(now)} y1={0} y2={points.length * ROW + 4} stroke="#000" strokeDasharray="4 3" />
        <text x={Math.min(x(now) + 4, WIDTH - 60)} y={points.length * ROW + 18} fontSize={11}>
          {translate('app.plans.today')}
        </text>
      </svg>
      <Typography variant="caption" component="p">
        {translate('app.plans.legend')}
      </Typography>
      <Box component="ul" sx={{ pl: 2 }}>
        {points.map((p) => (
          <li key={p.key}>
            {p.startedAt ? <Link href={`#/needs/${p.needId}/show`}>{p.title}</Link> : p.title} —{' '}
            {translate(`app.plans.pointStatus.${p.status}`)}, {translate('app.plans.due')} {samaraDate.format(new Date(p.plannedDueAt))}
            {p.late && <strong> · {translate('app.plans.late')}</strong>}
            {p.escalationLevel > 0 && <> · {translate('app.plans.escalated', { level: p.escalationLevel })}</>}
            {' · '}
            {translate('app.plans.evidence')}: {p.evidenceDocument}
          </li>
        ))}
      </Box>
    </Box>
  );
}
