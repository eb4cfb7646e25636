import { BooleanField, ChipField, Datagrid, FunctionField, List, TextField, useTranslate } from 'react-admin';

/** The indicator catalog: built-in ones computed from the cases, custom ones loaded from files or systems. */
export function IndicatorList() {
  const translate = useTranslate();
  return (
    <List sort={{ field: 'code', order: 'ASC' }} perPage={50}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="unit" />
        <FunctionField
          source="periodicity"
          render={(r: { periodicity: string }) => translate(`app.indicators.periodicity.${r.periodicity}`)}
        />
        <FunctionField
          source="goodDirection"
          render={(r: { goodDirection: string }) => translate(`app.indicators.direction.${r.goodDirection}`)}
        />
        <FunctionField
          source="source"
          render={(r: { source: string }) => <ChipField record={{ s: translate(`app.indicators.source.${r.source}`) }} source="s" />}
        />
        <BooleanField source="active" />
      </Datagrid>
    </List>
  );
}
