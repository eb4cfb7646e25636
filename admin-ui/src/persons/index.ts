import PersonIcon from '@mui/icons-material/Person';
import { PersonEdit } from './PersonEdit';

export default {
  edit: PersonEdit,
  icon: PersonIcon,
  recordRepresentation: (record: { lastName: string; firstName: string }) => `${record.lastName} ${record.firstName}`,
};
