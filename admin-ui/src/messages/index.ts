import SmsIcon from '@mui/icons-material/Sms';
import { MessageList } from './MessageList';

export default { list: MessageList, icon: SmsIcon };
