export { needCase } from './needCase';
export { overdueDigest } from './overdueDigest';
export { householdAssessment } from './householdAssessment';
export { regionReassessment } from './regionReassessment';
export { supportPlan } from './supportPlan';
export { outreachCampaign } from './outreachCampaign';
export { importBatch } from './importBatch';
export { weeklyReport } from './weeklyReport';
