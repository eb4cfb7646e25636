import EditIcon from '@mui/icons-material/Edit';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Button, LinearProgress, Stack, Typography } from '@mui/material';
import { Suspense, lazy, useState } from 'react';
import { Link, RecordContextProvider, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { RegisterNeedButton } from '../passports/RegisterNeedButton';
import { AddRelativeDialog } from './AddRelativeDialog';
import type { FamilyPerson, FamilyRelation } from './familyLayout';
import { RelativesList } from './RelativesList';

// The map's graph library loads with the first passport opened, not with the sign-in page.
const FamilyGraph = lazy(() => import('./FamilyGraph').then((m) => ({ default: m.FamilyGraph })));

interface Passport {
  id: string;
  persons: FamilyPerson[];
  relations: FamilyRelation[];
}

/** The family map of a passport, with what the operator can do for the person picked on it. */
export function FamilyPanel() {
  const passport = useRecordContext<Passport>();
  const { permissions } = usePermissions<string>();
  const translate = useTranslate();
  const [selectedId, setSelectedId] = useState<string>();
  const [adding, setAdding] = useState(false);
  if (!passport) return null;
  const selected = passport.persons.find((p) => p.id === selectedId) ?? passport.persons[0];
  const isOperator = permissions === 'OPERATOR';

  return (
    <Stack spacing={1}>
      <Suspense fallback={<LinearProgress />}>
        <FamilyGraph persons={passport.persons} relations={passport.relations} selectedId={selected?.id} onSelect={setSelectedId} />
      </Suspense>
      {selected && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid="family-selection">
          <Typography variant="subtitle1">
            {selected.lastName} {selected.firstName} {selected.middleName ?? ''}
          </Typography>
          {isOperator && (
            <>
              <Button startIcon={<PersonAddIcon />} onClick={() => setAdding(true)}>
                {translate('app.family.addRelative')}
              </Button>
              <Button component={Link} to={`/persons/${selected.id}`} startIcon={<EditIcon />}>
                {translate('app.family.editPerson')}
              </Button>
              <RecordContextProvider value={selected}>
                <RegisterNeedButton />
              </RecordContextProvider>
            </>
          )}
        </Stack>
      )}
      <RelativesList persons={passport.persons} relations={passport.relations} canEdit={isOperator} />
      {adding && selected && (
        <AddRelativeDialog passportId={passport.id} person={selected} members={passport.persons} onClose={() => setAdding(false)} />
      )}
    </Stack>
  );
}
