import PriceCheckIcon from '@mui/icons-material/PriceCheck';
import { Create, Edit, SimpleForm } from 'react-admin';
import { formatRoubles } from '../../../../shared/poverty/money';
import { SubsistenceInputs } from './subsistenceInputs';
import { SubsistenceList } from './SubsistenceList';

// Every change is audited and re-assesses the households it affects (the API's job); the form only edits the row.
const SubsistenceEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <SubsistenceInputs existing />
    </SimpleForm>
  </Edit>
);
const SubsistenceCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ confirmed: false, note: '' }}>
      <SubsistenceInputs />
    </SimpleForm>
  </Create>
);

export default {
  list: SubsistenceList,
  edit: SubsistenceEdit,
  create: SubsistenceCreate,
  icon: PriceCheckIcon,
  recordRepresentation: (r: { region: string; year: number; amountKopecks: number }) =>
    `${r.region} ${r.year}: ${formatRoubles(r.amountKopecks)}`,
};
