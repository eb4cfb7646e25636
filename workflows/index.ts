export { needCase } from './needCase';
export { overdueDigest } from './overdueDigest';
export { householdAssessment } from './householdAssessment';
export { regionReassessment } from './regionReassessment';
export { outreachCampaign } from './outreachCampaign';
