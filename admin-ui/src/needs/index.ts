import AssignmentIcon from '@mui/icons-material/Assignment';
import { NeedList } from './NeedList';
import { NeedShow } from './NeedShow';

export default {
  list: NeedList,
  show: NeedShow,
  icon: AssignmentIcon,
  // «Дело «№ 1A2B3C4D · Льготное лекарственное обеспечение»»: the number first, as mails and forms name the case.
  recordRepresentation: (record: { number?: string; measure: { name: string } }) =>
    record.number ? `№ ${record.number} · ${record.measure.name}` : record.measure.name,
};
