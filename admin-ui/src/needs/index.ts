import AssignmentIcon from '@mui/icons-material/Assignment';
import { NeedList } from './NeedList';
import { NeedShow } from './NeedShow';

export default {
  list: NeedList,
  show: NeedShow,
  icon: AssignmentIcon,
  recordRepresentation: (record: { measure: { name: string } }) => record.measure.name,
};
