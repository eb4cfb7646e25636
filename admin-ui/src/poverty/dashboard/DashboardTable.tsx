import { Link, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { PovertyVerdict } from '../../../../shared/domain';
import { formatBasisPoints } from '../../../../shared/poverty/money';
import { registerLink } from './drillDown';
import type { DashboardRow } from './types';

type Column = { key: keyof DashboardRow; drill?: PovertyVerdict; share?: boolean };
const COLUMNS: Column[] = [
  { key: 'householdsInPassport' },
  { key: 'householdsBelow', drill: 'BELOW' },
  { key: 'householdsNear', drill: 'NEAR' },
  { key: 'peopleInPassport' },
  { key: 'peopleBelow', drill: 'BELOW' },
  { key: 'peopleNear', drill: 'NEAR' },
  { key: 'shareBelowBasisPoints', drill: 'BELOW', share: true },
  { key: 'averageDepthBasisPoints', drill: 'BELOW', share: true },
];
const HEADERS: Record<string, string> = { shareBelowBasisPoints: 'shareBelow', averageDepthBasisPoints: 'averageDepth' };

/** The dashboard's numbers; each number of the poor or near-poor opens the households behind it in the register. */
export function DashboardTable({ rows }: { rows: DashboardRow[] }) {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.poverty.dashboard.${key}`, options);
  return (
    <Table size="small" data-testid="poverty-table">
      <TableHead>
        <TableRow>
          <TableCell>{t('label')}</TableCell>
          {COLUMNS.map((c) => (
            <TableCell key={c.key} align="right">
              {t(HEADERS[c.key] ?? c.key)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key} data-row={row.key}>
            <TableCell component="th" scope="row">
              {row.label}
            </TableCell>
            {COLUMNS.map((c) => {
              const value = row[c.key] as number;
              const text = c.share ? formatBasisPoints(value) : String(value);
              return (
                <TableCell key={c.key} align="right" data-column={c.key}>
                  {c.drill && value > 0 ? (
                    <Link
                      component={RouterLink}
                      to={registerLink(row, c.drill)}
                      aria-label={t('drillDown', { what: `${row.label}, ${t(HEADERS[c.key] ?? c.key)}` })}
                    >
                      {text}
                    </Link>
                  ) : (
                    text
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
