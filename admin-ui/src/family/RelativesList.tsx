import LinkOffIcon from '@mui/icons-material/LinkOff';
import { IconButton, List, ListItem, ListItemText, Tooltip } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { useSend } from '../common/useSend';
import { httpClient } from '../providers/httpClient';
import { familyLayout } from './familyLayout';
import type { FamilyPerson, FamilyRelation } from './familyLayout';

/** The family map as text: one line per related pair, with unlinking for the operator. */
export function RelativesList({ persons, relations, canEdit }: { persons: FamilyPerson[]; relations: FamilyRelation[]; canEdit: boolean }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { edges } = familyLayout(persons, relations);
  const nameOf = (id: string) => {
    const p = persons.find((person) => person.id === id);
    return p ? `${p.lastName} ${p.firstName}` : '';
  };
  const unlink = useSend((relationId: string) => httpClient(`/api/relations/${relationId}`, { method: 'DELETE' }), {
    onSuccess: () => {
      notify('app.family.unlinked', { type: 'info' });
      refresh();
    },
  });
  if (edges.length === 0) return <p>{translate('app.family.noRelations')}</p>;
  return (
    <List dense aria-label={translate('app.family.relations')}>
      {edges.map((edge) => {
        const text = translate(`app.relation.sentence.${edge.kind}`, { from: nameOf(edge.source), to: nameOf(edge.target) });
        return (
          <ListItem
            key={edge.id}
            secondaryAction={
              canEdit && (
                <Tooltip title={translate('app.family.unlink')}>
                  <IconButton
                    edge="end"
                    aria-label={`${translate('app.family.unlink')}: ${text}`}
                    disabled={unlink.isPending}
                    onClick={() => unlink.submit(edge.relationId)}
                  >
                    <LinkOffIcon />
                  </IconButton>
                </Tooltip>
              )
            }
          >
            <ListItemText primary={text} />
          </ListItem>
        );
      })}
    </List>
  );
}
