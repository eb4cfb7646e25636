import { Autocomplete, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { deadlineDay } from '../common/samaraTime';

export interface Measure {
  id: string;
  name: string;
  kind: string;
  organisation: { shortName: string };
  acceptWorkingDays: number;
  resolveWorkingDays: number;
  acceptDueAtIfRegisteredNow: string;
  resolveDueAtIfRegisteredNow: string;
  requiredDocuments: { code: string; name: string }[];
}

/** The catalog of measures, searchable by name and grouped by kind; says who handles the chosen one and by when. */
export function MeasurePicker({
  value,
  onChange,
  error,
  id = 'need-measure',
}: {
  /** unique on the page: several pickers (an appeal's needs) each need their own label */
  id?: string;
  value: Measure | null;
  onChange: (m: Measure | null) => void;
  error?: string;
}) {
  const translate = useTranslate();
  const { data: measures = [] } = useGetList<Measure>('support-measures', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'kind', order: 'ASC' },
  });
  const routedTo = value
    ? translate('app.need.routedTo', {
        organisation: value.organisation.shortName,
        accept: deadlineDay(value.acceptDueAtIfRegisteredNow),
        acceptDays: value.acceptWorkingDays,
        date: deadlineDay(value.resolveDueAtIfRegisteredNow),
        days: value.resolveWorkingDays,
      })
    : ' ';
  return (
    <Autocomplete
      id={id}
      // A plan's free task is opened by its plan, not chosen by an operator.
      options={measures.filter((m) => m.kind !== 'PLAN_TASK')}
      groupBy={(m) => translate(`app.kind.${m.kind}`)}
      getOptionLabel={(m) => m.name}
      value={value}
      onChange={(_, m) => onChange(m)}
      noOptionsText={translate('ra.navigation.no_results')}
      renderInput={(params) => (
        <TextField {...params} margin="dense" label={translate('app.need.measure')} error={Boolean(error)} helperText={error ?? routedTo} />
      )}
    />
  );
}
