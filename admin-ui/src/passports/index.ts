import FamilyRestroomIcon from '@mui/icons-material/FamilyRestroom';
import { PassportList } from './PassportList';
import { PassportShow } from './PassportShow';

export default {
  list: PassportList,
  show: PassportShow,
  icon: FamilyRestroomIcon,
  recordRepresentation: (record: { address: string }) => record.address,
};
