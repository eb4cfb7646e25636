import BookmarkIcon from '@mui/icons-material/BookmarkBorder';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { IconButton, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useListContext, useTranslate } from 'react-admin';
import type { z } from '../../../shared/schemas/zod';
import type { savedQuerySchema } from '../../../shared/schemas/workspacePreferences';
import { useApi } from '../common/useApi';
import { useSend } from '../common/useSend';
import { httpClient } from '../providers/httpClient';
import { SaveQueryDialog } from './SaveQueryDialog';

type SavedQuery = z.infer<typeof savedQuerySchema>;

export const SAVED_QUERIES = '/api/queue/saved-queries';

const sorted = (filter: object) => JSON.stringify(Object.entries(filter).sort(([a], [b]) => a.localeCompare(b)));

/**
 * The queue's saved queries, kept on the server: the user's own and those shared with their organisation
 * (with the author's name). Anyone may apply one; only its author deletes it.
 */
export function SharedQueriesList() {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const { filterValues, setFilters, setSort, setPerPage } = useListContext();
  const { data: queries = [] } = useApi<SavedQuery[]>(SAVED_QUERIES);
  const [saving, setSaving] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['api', SAVED_QUERIES] });
  const remove = useSend((q: SavedQuery) => httpClient(`${SAVED_QUERIES}/${q.id}`, { method: 'DELETE' }), {
    done: (_result, q) => ['app.workday.savedQueries.deleted', { label: q.label }],
    onSuccess: () => void refresh(),
  });
  const apply = (q: SavedQuery) => {
    setSort(q.value.sort);
    setPerPage(q.value.perPage);
    setFilters(q.value.filter, q.value.displayedFilters);
  };
  const owner = (q: SavedQuery) =>
    q.mine
      ? q.shared && translate('app.workday.savedQueries.sharedMine')
      : translate('app.workday.savedQueries.sharedBy', { author: q.author.fullName });
  return (
    <div data-testid="saved-queries">
      <Typography variant="body2" sx={{ display: 'flex', alignItems: 'center', gap: 1, fontWeight: 'bold', mt: 1 }}>
        <BookmarkIcon fontSize="small" />
        {translate('app.workday.savedQueries.title')}
      </Typography>
      <List dense disablePadding>
        {queries.map((q) => (
          <ListItem
            key={q.id}
            disablePadding
            data-testid="saved-query"
            secondaryAction={
              q.mine && (
                <IconButton
                  edge="end"
                  size="small"
                  aria-label={translate('app.workday.savedQueries.delete', { label: q.label })}
                  disabled={remove.isPending}
                  onClick={() => remove.submit(q)}
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              )
            }
          >
            <ListItemButton selected={sorted(q.value.filter) === sorted(filterValues)} onClick={() => apply(q)} sx={{ pl: 1 }}>
              <ListItemText primary={q.label} secondary={owner(q) || undefined} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
      {Object.keys(filterValues).length > 0 && (
        <Button label="app.workday.savedQueries.save" onClick={() => setSaving(true)} size="small" data-testid="save-query" />
      )}
      <SaveQueryDialog open={saving} onClose={() => setSaving(false)} onSaved={() => void refresh()} />
    </div>
  );
}
