/** Who launches and steers campaigns (the API's rule); auditors follow them read-only. */
export const CAMPAIGN_RUNNERS = ['COORDINATOR', 'SUPERVISOR'];
export const CAMPAIGN_READERS = [...CAMPAIGN_RUNNERS, 'AUDITOR'];
