import { BooleanField, Datagrid, FunctionField, List, NumberField, SelectInput, TextField, useTranslate } from 'react-admin';
import { formatRoubles } from '../../../../shared/poverty/money';
import type { SubsistenceMinimumView } from '../../../../shared/schemas/poverty';
import { dayText } from '../dates';
import { GROUP_CHOICES } from './subsistenceInputs';

/** The subsistence minimum by region, year and group, each value with its legal act. */
export function SubsistenceList() {
  const translate = useTranslate();
  return (
    <List
      filters={[<SelectInput key="group" source="group" choices={GROUP_CHOICES} alwaysOn />]}
      sort={{ field: 'effectiveFrom', order: 'DESC' }}
      exporter={false}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="region" />
        <NumberField source="year" options={{ useGrouping: false }} />
        <FunctionField<SubsistenceMinimumView> source="effectiveFrom" render={(r) => dayText(r.effectiveFrom)} />
        <FunctionField<SubsistenceMinimumView> source="group" render={(r) => translate(`app.poverty.group.${r.group}`)} />
        <FunctionField<SubsistenceMinimumView> source="amountKopecks" textAlign="right" render={(r) => formatRoubles(r.amountKopecks)} />
        <FunctionField<SubsistenceMinimumView>
          source="actTitle"
          sortable={false}
          render={(r) => [r.actTitle, r.actNumber && `№ ${r.actNumber}`, r.actDate && `от ${dayText(r.actDate)}`].filter(Boolean).join(' ')}
        />
        <BooleanField source="confirmed" />
      </Datagrid>
    </List>
  );
}
