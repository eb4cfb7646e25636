import { Alert, Box, Button, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useApi } from '../common/useApi';
import { LIKELY_DUPLICATE_SCORE } from '../../../shared/register/names';
import type { LikelyDuplicate } from './types';

interface PersonRecord {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  mergedIntoId?: string | null;
}

/** Likely duplicates of the person (same birth date and a similar name, or a namesake), with their score and a way to merge. */
export function DuplicatesPanel() {
  const translate = useTranslate();
  const person = useRecordContext<PersonRecord>();
  const query = person
    ? new URLSearchParams({
        lastName: person.lastName,
        firstName: person.firstName,
        ...(person.middleName ? { middleName: person.middleName } : {}),
        birthDate: person.birthDate,
        excludePersonId: person.id,
      })
    : null;
  const { data: found = [] } = useApi<LikelyDuplicate[]>(`/api/duplicates?${query}`, { enabled: query !== null && !person?.mergedIntoId });
  if (!person) return null;
  if (person.mergedIntoId) {
    return (
      <Alert severity="warning" sx={{ m: 1 }}>
        {translate('app.register.duplicates.tombstone')}{' '}
        <Link to={`/persons/${person.mergedIntoId}`}>{translate('app.register.duplicates.survivor')}</Link>
      </Alert>
    );
  }
  return (
    <Box sx={{ width: 300, m: 1 }} aria-label={translate('app.register.duplicates.title')}>
      <Typography variant="subtitle1">{translate('app.register.duplicates.title')}</Typography>
      {found.length === 0 && <Typography variant="body2">{translate('app.register.duplicates.none')}</Typography>}
      <List dense>
        {found.map((d) => (
          <ListItem
            key={d.id}
            disableGutters
            secondaryAction={
              <Button size="small" component={Link} to={`/merge?survivor=${person.id}&merged=${d.id}`}>
                {translate('app.register.duplicates.merge')}
              </Button>
            }
          >
            <ListItemText
              primary={`${d.lastName} ${d.firstName} ${d.middleName ?? ''}`}
              secondary={
                <>
                  {d.birthDate}{' '}
                  <Chip
                    size="small"
                    color={d.score >= LIKELY_DUPLICATE_SCORE ? 'warning' : 'default'}
                    label={translate('app.register.duplicates.score', { score: d.score })}
                  />
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
