import {
  Link as MuiLink,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link, useTranslate } from 'react-admin';
import type { BoardCell } from './OverdueCasesList';
import { useApi } from '../common/useApi';

interface BoardRow {
  groupId: string;
  groupName: string;
  total: number;
  buckets: Record<string, number>;
}
type GroupBy = 'organisation' | 'municipality';

/** The queue filtered to a group's overdue cases, for drilling down from the board. */
function queueLink(groupBy: GroupBy, groupId: string): string {
  const filter = { overdue: true, [groupBy === 'organisation' ? 'organisationId' : 'municipalityId']: groupId };
  return `/needs?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

/**
 * Overdue open cases per organisation or municipality, by how many working days they are late.
 * A non-zero count opens the cases behind it; the group's name opens its overdue queue.
 */
export function OverdueBoard({ defaultGroupBy, onOpenCell }: { defaultGroupBy: GroupBy; onOpenCell: (cell: BoardCell) => void }) {
  const translate = useTranslate();
  const [groupBy, setGroupBy] = useState<GroupBy>(defaultGroupBy);
  const { data: rows = [], isPending } = useApi<BoardRow[]>(`/api/supervision/overdue-board?groupBy=${groupBy}`);
  const buckets = rows[0] ? Object.keys(rows[0].buckets) : [];
  const count = (row: BoardRow, value: number, bucket?: string) =>
    value === 0 ? (
      value
    ) : (
      <MuiLink
        component="button"
        aria-label={translate('app.supervision.openCell', {
          group: row.groupName,
          days: bucket ? translate('app.supervision.bucket', { days: bucket }) : translate('app.supervision.allDays'),
          count: value,
        })}
        onClick={() => onOpenCell({ groupBy, groupId: row.groupId, groupName: row.groupName, bucket })}
        sx={{ color: 'inherit', fontWeight: 'inherit' }}
      >
        {value}
      </MuiLink>
    );

  return (
    <section aria-labelledby="overdue-board-title">
      <Typography id="overdue-board-title" variant="h6">
        {translate('app.supervision.board')}
      </Typography>
      <ToggleButtonGroup size="small" exclusive value={groupBy} onChange={(_, value: GroupBy | null) => value && setGroupBy(value)}>
        <ToggleButton value="organisation">{translate('app.supervision.byOrganisation')}</ToggleButton>
        <ToggleButton value="municipality">{translate('app.supervision.byMunicipality')}</ToggleButton>
      </ToggleButtonGroup>
      {!isPending && rows.length === 0 ? (
        <Typography sx={{ mt: 1 }}>{translate('app.supervision.noOverdue')}</Typography>
      ) : (
        <Table size="small" data-testid="overdue-board">
          <TableHead>
            <TableRow>
              <TableCell>
                {translate(groupBy === 'organisation' ? 'app.supervision.organisation' : 'app.supervision.municipality')}
              </TableCell>
              {buckets.map((bucket) => (
                <TableCell key={bucket} align="right">
                  {translate('app.supervision.bucket', { days: bucket })}
                </TableCell>
              ))}
              <TableCell align="right">{translate('app.counts.total')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.groupId}>
                <TableCell>
                  <Link to={queueLink(groupBy, row.groupId)}>{row.groupName}</Link>
                </TableCell>
                {buckets.map((bucket) => (
                  <TableCell
                    key={bucket}
                    align="right"
                    sx={row.buckets[bucket] > 0 && bucket === buckets.at(-1) ? { color: 'error.main', fontWeight: 'bold' } : undefined}
                  >
                    {count(row, row.buckets[bucket], bucket)}
                  </TableCell>
                ))}
                <TableCell align="right">{count(row, row.total)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
