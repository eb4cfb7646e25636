/** Who uses which poverty page; the API's route rules decide again (api/access/routeRules.ts). */
export const CALCULATOR_ROLES = ['OPERATOR', 'EXECUTOR', 'COORDINATOR', 'AUDITOR'];
/** Those who read passports: the register, the dashboards, the calculator on a real family. */
export const HOUSEHOLD_READERS = ['OPERATOR', 'COORDINATOR', 'AUDITOR'];
export const SUBSISTENCE_EDITORS = ['ADMIN', 'COORDINATOR'];
