import { AutocompleteInput, BooleanInput, DateInput, ReferenceInput, SelectInput } from 'react-admin';

const STATUSES = ['ASSIGNED', 'IN_PROGRESS', 'WAITING_INFO', 'RESOLVED', 'REJECTED', 'CANCELLED'];
const ASSIGNEES = [
  { id: 'me', name: 'app.filter.assigneeMe' },
  { id: 'none', name: 'app.workday.unclaimed' },
  { id: 'any', name: 'app.workday.claimed' },
];

/** The end of a day in the region, as the instant the API's deadline filter expects. */
const endOfSamaraDay = (day: string) => (day ? `${day}T23:59:59+04:00` : undefined);
const dayOf = (instant?: string) => instant?.slice(0, 10) ?? '';

/** The queue's filters, as the API offers them; the organisation filter only for those who see several. */
export function queueFilters(role: string | undefined) {
  return [
    <SelectInput key="status" source="status" choices={STATUSES.map((id) => ({ id, name: `app.status.${id}` }))} alwaysOn />,
    <BooleanInput key="overdue" source="overdue" label="app.filter.overdue" alwaysOn />,
    <SelectInput key="assigneeId" source="assigneeId" label="app.filter.assignee" choices={ASSIGNEES} alwaysOn />,
    <ReferenceInput key="measureId" source="measureId" reference="support-measures" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" label="resources.needs.fields.measure.name" filterToQuery={(q) => ({ q })} />
    </ReferenceInput>,
    <ReferenceInput
      key="municipalityId"
      source="municipalityId"
      reference="municipalities"
      perPage={100}
      sort={{ field: 'name', order: 'ASC' }}
    >
      <SelectInput optionText="name" label="resources.needs.fields.municipality.name" />
    </ReferenceInput>,
    ...(role === 'COORDINATOR' || role === 'AUDITOR'
      ? [
          <ReferenceInput key="organisationId" source="organisationId" reference="organisations" perPage={100}>
            <SelectInput optionText="shortName" label="resources.needs.fields.organisation.shortName" />
          </ReferenceInput>,
        ]
      : []),
    <DateInput key="dueTo" source="dueTo" label="app.filter.dueTo" parse={endOfSamaraDay} format={dayOf} />,
  ];
}
