import { Chip, Stack, Typography } from '@mui/material';
import { Datagrid, FunctionField, List, useTranslate } from 'react-admin';
import { formatBasisPoints } from '../../../../shared/poverty/money';
import { Money } from '../Money';
import type { RegisterItem } from '../../../../shared/schemas/poverty';
import { dayText } from '../dates';
import { VerdictChip } from '../VerdictChip';
import { REGISTER_FILTERS } from './registerFilters';
import { RegisterSummary } from './RegisterSummary';

const money = (field: keyof RegisterItem) => (r: RegisterItem) => <Money kopecks={r[field] as number} />;
const label = (key: string) => `app.poverty.register.${key}`;

function Composition({ record }: { record: RegisterItem }) {
  const translate = useTranslate();
  const tags = [
    record.children > 0 && 'withChildren',
    record.largeFamily && 'largeFamily',
    record.singleParent && 'singleParent',
    record.pensioners > 0 && 'withPensioners',
    record.disabled > 0 && 'withDisabled',
  ].filter((t): t is string => Boolean(t));
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {tags.map((tag) => (
        <Chip key={tag} size="small" variant="outlined" label={translate(`app.poverty.composition.${tag}`)} />
      ))}
    </Stack>
  );
}

/** «Реестр малоимущих семей»: households below the ПМ (or in the near-poverty band), deepest first; a row opens the passport. */
export function RegisterPage() {
  const translate = useTranslate();
  return (
    <List
      resource="poverty/register"
      title={translate(label('title'))}
      filters={REGISTER_FILTERS}
      filterDefaultValues={{ verdict: 'BELOW' }}
      sort={{ field: 'depthBasisPoints', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      <RegisterSummary />
      <Datagrid bulkActionButtons={false} rowClick={(_id, _resource, record) => `/passports/${(record as RegisterItem).householdId}/show`}>
        <FunctionField<RegisterItem>
          label={label('family')}
          render={(r) => (
            <>
              {r.applicant ? [r.applicant.lastName, r.applicant.firstName, r.applicant.middleName].filter(Boolean).join(' ') : '—'}
              <Typography variant="caption" component="div" color="text.secondary">
                {r.address}, {r.municipality.name}
              </Typography>
            </>
          )}
        />
        <FunctionField<RegisterItem> source="members" label={label('members')} render={(r) => r.members} />
        <FunctionField<RegisterItem> label={label('composition')} render={(r) => <Composition record={r} />} />
        <FunctionField<RegisterItem> source="perCapitaIncomeKopecks" label={label('perCapita')} render={money('perCapitaIncomeKopecks')} />
        <FunctionField<RegisterItem> label={label('threshold')} render={money('thresholdKopecks')} />
        <FunctionField<RegisterItem>
          source="depthBasisPoints"
          label={label('depth')}
          render={(r) => (
            <>
              <Money kopecks={r.depthKopecks} /> ({formatBasisPoints(r.depthBasisPoints)})
            </>
          )}
        />
        <FunctionField<RegisterItem> source="deficitKopecks" label={label('deficit')} render={money('deficitKopecks')} />
        <FunctionField<RegisterItem> source="assessedOn" label={label('assessedOn')} render={(r) => dayText(r.assessedOn)} />
        <FunctionField<RegisterItem> label={label('verdict')} render={(r) => <VerdictChip verdict={r.verdict} />} />
      </Datagrid>
    </List>
  );
}
