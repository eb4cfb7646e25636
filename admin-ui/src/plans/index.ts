import TimelineIcon from '@mui/icons-material/Timeline';
import { PlanList } from './PlanList';
import { PlanShow } from './PlanShow';

export const PLAN_ROLES = ['OPERATOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR'];

export default {
  list: PlanList,
  show: PlanShow,
  icon: TimelineIcon,
  recordRepresentation: (plan: { template: { name: string } }) => plan.template.name,
};
