import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { FailureList } from './FailureList';

export default { list: FailureList, icon: ReportProblemIcon };
