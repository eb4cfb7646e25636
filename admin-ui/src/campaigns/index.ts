import CampaignIcon from '@mui/icons-material/Campaign';
import { CampaignCreate } from './CampaignCreate';
import { CampaignList } from './CampaignList';
import { CampaignShow } from './CampaignShow';

export { CAMPAIGN_READERS, CAMPAIGN_RUNNERS } from './roles';

export default {
  list: CampaignList,
  show: CampaignShow,
  create: CampaignCreate,
  icon: CampaignIcon,
  recordRepresentation: (campaign: { title: string }) => campaign.title,
};
