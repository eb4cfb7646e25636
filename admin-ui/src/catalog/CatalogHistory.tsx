import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { samaraDateTime } from '../common/samaraTime';

interface Version {
  id: string;
  version: number;
  changedAt: string;
  changedById: string | null;
  changes: { field: string; before: unknown; after: unknown }[];
}

const shown = (value: unknown) =>
  value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** Every saved version of the catalog row on the page, newest first, with what each changed. */
export function CatalogHistory({ entity, entityId }: { entity: string; entityId?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const id = entityId ?? (record?.id as string | undefined);
  const { data = [], isPending } = useGetList<Version>(
    'catalog-history',
    { filter: { entity, entityId: id }, pagination: { page: 1, perPage: 50 }, sort: { field: 'changedAt', order: 'DESC' } },
    { enabled: Boolean(id) },
  );
  return (
    <Box sx={{ p: 2 }} data-testid="catalog-history">
      <Typography variant="h6">{translate('app.catalog.history.title')}</Typography>
      {!isPending && data.length === 0 && <Typography color="text.secondary">{translate('app.catalog.history.none')}</Typography>}
      {data.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.catalog.history.version')}</TableCell>
              <TableCell>{translate('app.catalog.history.at')}</TableCell>
              <TableCell>{translate('app.catalog.history.changes')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((v) => (
              <TableRow key={v.id}>
                <TableCell>{v.version}</TableCell>
                <TableCell>
                  {v.changedById ? samaraDateTime.format(new Date(v.changedAt)) : translate('app.catalog.history.initial')}
                </TableCell>
                <TableCell>
                  {v.version === 1
                    ? translate('app.catalog.history.first')
                    : v.changes.map((c) => (
                        <div key={c.field}>
                          <b>{translate(`app.catalog.field.${c.field}`, { _: c.field })}</b>: {shown(c.before)} → {shown(c.after)}
                        </div>
                      ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
