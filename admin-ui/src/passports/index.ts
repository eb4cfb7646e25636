import FamilyRestroomIcon from '@mui/icons-material/FamilyRestroom';
import { PassportCreate } from './PassportCreate';
import { PassportList } from './PassportList';
import { PassportShow } from './PassportShow';

export default {
  list: PassportList,
  create: PassportCreate,
  show: PassportShow,
  icon: FamilyRestroomIcon,
  recordRepresentation: (record: { address: string }) => record.address,
};
