import QueryStatsIcon from '@mui/icons-material/QueryStats';
import { IndicatorCreate, IndicatorEdit } from './IndicatorEdit';
import { IndicatorList } from './IndicatorList';
import { IndicatorShow } from './IndicatorShow';

export { TARGET_EDITORS } from './types';

export default {
  list: IndicatorList,
  show: IndicatorShow,
  edit: IndicatorEdit,
  create: IndicatorCreate,
  icon: QueryStatsIcon,
  recordRepresentation: (record: { name: string }) => record.name,
};
