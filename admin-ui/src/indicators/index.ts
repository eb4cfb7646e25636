import QueryStatsIcon from '@mui/icons-material/QueryStats';
import { IndicatorCreate, IndicatorEdit } from './IndicatorEdit';
import { IndicatorList } from './IndicatorList';

export default {
  list: IndicatorList,
  edit: IndicatorEdit,
  create: IndicatorCreate,
  icon: QueryStatsIcon,
  recordRepresentation: (record: { name: string }) => record.name,
};
