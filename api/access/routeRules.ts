import type { UserRole } from '../../shared/needCase';

const EVERYONE: readonly UserRole[] = ['OPERATOR', 'EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR', 'ADMIN'];
const CASE_READERS: readonly UserRole[] = ['OPERATOR', 'EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR'];
const PASSPORT_READERS: readonly UserRole[] = ['OPERATOR', 'COORDINATOR', 'AUDITOR'];
const QUEUE_READERS: readonly UserRole[] = ['EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR'];
const OVERSEERS: readonly UserRole[] = ['SUPERVISOR', 'COORDINATOR', 'AUDITOR'];
const CAMPAIGN_RUNNERS: readonly UserRole[] = ['COORDINATOR', 'SUPERVISOR'];
const SUBSISTENCE_EDITORS: readonly UserRole[] = ['ADMIN', 'COORDINATOR'];

/**
 * Which roles may call each route of the API. Every route must be listed: a route without a rule
 * makes the app refuse to start (see guardedRouter). Which records a permitted user then sees is
 * decided by the scopes in ./scopes.ts.
 */
export const ROUTE_RULES: Record<string, readonly UserRole[]> = {
  'GET /organisations': EVERYONE,
  'GET /municipalities': EVERYONE,
  'GET /support-measures': EVERYONE,
  'GET /support-measures/:id': EVERYONE,
  'GET /users': ['EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR', 'ADMIN'],
  'GET /users/:id': ['ADMIN'],
  'POST /users': ['ADMIN'],
  'PATCH /users/:id': ['ADMIN'],

  'GET /passports': PASSPORT_READERS,
  'GET /passports/:id': PASSPORT_READERS,
  'POST /passports': ['OPERATOR'],
  'POST /passports/:id/persons': ['OPERATOR'],
  'GET /persons/:id': PASSPORT_READERS,
  'PATCH /persons/:id': ['OPERATOR'],
  'PUT /passports/:id/categories': ['OPERATOR'],
  'POST /relations': ['OPERATOR'],
  'DELETE /relations/:id': ['OPERATOR'],

  'GET /plan-templates': CASE_READERS,
  'POST /plan-templates': ['COORDINATOR'],
  'GET /plans': CASE_READERS,
  'POST /plans': ['OPERATOR'],
  'GET /plans/:id': CASE_READERS,
  'POST /plans/:id/cancel': ['OPERATOR'],
  'POST /needs': ['OPERATOR'],
  'GET /needs/:id': CASE_READERS,
  'GET /needs/:id/events': CASE_READERS,
  'GET /needs/:id/workflow-history': ['SUPERVISOR', 'COORDINATOR', 'AUDITOR'],
  'POST /needs/:id/documents': ['OPERATOR', 'EXECUTOR', 'SUPERVISOR'],
  'GET /needs/:id/documents': CASE_READERS,
  'GET /needs/:id/documents/:documentId/content': CASE_READERS,
  'DELETE /needs/:id/documents/:documentId': ['OPERATOR', 'EXECUTOR', 'SUPERVISOR'],
  // Which action each role may take, in which state, is decided again by the case workflow.
  'POST /needs/:id/:action': ['OPERATOR', 'EXECUTOR', 'SUPERVISOR', 'COORDINATOR'],

  'GET /queue': QUEUE_READERS,
  'GET /queue/counts': QUEUE_READERS,

  'GET /supervision/overdue-board': OVERSEERS,
  'GET /supervision/overdue-cases': OVERSEERS,
  'GET /supervision/escalations': OVERSEERS,
  'GET /analytics/open-vs-overdue': OVERSEERS,
  'GET /analytics/median-resolution': OVERSEERS,
  // Per case, the workflow decides again (an executor may claim, only a supervisor assigns).
  'POST /needs-bulk/:action': ['EXECUTOR', 'SUPERVISOR'],

  // Printable forms: whoever may read the content may print it.
  'GET /passports/:id/card.pdf': PASSPORT_READERS,
  'GET /needs/:id/act.pdf': CASE_READERS,
  'GET /needs/:id/history.pdf': ['SUPERVISOR', 'COORDINATOR', 'AUDITOR'],

  // Outreach campaigns: coordinators and supervisors launch and follow them; admins read the messages.
  'POST /campaigns/preview': CAMPAIGN_RUNNERS,
  'POST /campaigns': CAMPAIGN_RUNNERS,
  'GET /campaigns': [...CAMPAIGN_RUNNERS, 'AUDITOR'],
  'GET /campaigns/:id': [...CAMPAIGN_RUNNERS, 'AUDITOR'],
  'GET /campaigns/:id/report': [...CAMPAIGN_RUNNERS, 'AUDITOR'],
  'POST /campaigns/:id/:command': CAMPAIGN_RUNNERS,
  'GET /messages': ['ADMIN'],
  'PUT /persons/:id/messages-opt-out': ['OPERATOR'],

  'GET /mail': ['ADMIN'],
  'GET /mail/:id': ['ADMIN'],
  'GET /me/notification-settings': EVERYONE,
  'PUT /me/notification-settings': EVERYONE,

  'GET /audit': ['AUDITOR'],
  // Cases whose step keeps failing: admins run the repair, coordinators oversee every organisation.
  'GET /failures': ['ADMIN', 'COORDINATOR'],

  // The subsistence minimum table is public law, not personal data.
  'GET /subsistence-minimums': EVERYONE,
  'GET /subsistence-minimums/:id': EVERYONE,
  'POST /subsistence-minimums': SUBSISTENCE_EDITORS,
  'PUT /subsistence-minimums/:id': SUBSISTENCE_EDITORS,
  'GET /poverty/regions': EVERYONE,
  // Operators see their municipality, executors a household only through a case whose measure reads incomes (scopes.ts).
  'GET /households/:id/assessments': ['OPERATOR', 'EXECUTOR', 'COORDINATOR', 'AUDITOR'],
  'POST /poverty/calculator': ['OPERATOR', 'EXECUTOR', 'COORDINATOR', 'AUDITOR'],
  'GET /poverty/register': PASSPORT_READERS,
  'GET /poverty/register/summary': PASSPORT_READERS,
  'GET /poverty/dashboard': PASSPORT_READERS,
  'POST /poverty/reassessments': SUBSISTENCE_EDITORS,
  'GET /poverty/reassessments/:region': SUBSISTENCE_EDITORS,
  // The calculator's printouts: the conclusion for whoever may calculate, the social contract for operators (they register needs).
  'POST /poverty/conclusion.pdf': ['OPERATOR', 'EXECUTOR', 'COORDINATOR', 'AUDITOR'],
  'POST /poverty/social-contract': ['OPERATOR'],
  'GET /poverty/dashboard.xlsx': PASSPORT_READERS,

  // Life situations and their rules are public policy, edited like the subsistence table.
  'GET /life-situations': EVERYONE,
  'GET /life-situations/:id': EVERYONE,
  'POST /life-situations': SUBSISTENCE_EDITORS,
  'PUT /life-situations/:id': SUBSISTENCE_EDITORS,
  // «Положено семье»: whoever reads the passport sees it; operators register needs.
  'GET /passports/:id/entitlements': PASSPORT_READERS,
  'POST /passports/:id/entitlements/register': ['OPERATOR'],

  // The register (issue 13): likely duplicates for whoever enters or cleans it; merges by the
  // municipality's operators, or admins who clean the whole register (api/register/merge.ts scopes them).
  'GET /duplicates': ['OPERATOR', 'COORDINATOR', 'ADMIN'],
  'GET /person-merges/preview': ['OPERATOR', 'ADMIN'],
  'POST /person-merges': ['OPERATOR', 'ADMIN'],
  // Bulk import: operators into their municipality, the regional coordinator anywhere.
  'GET /imports/template.csv': ['OPERATOR', 'COORDINATOR'],
  'GET /imports/template.xlsx': ['OPERATOR', 'COORDINATOR'],
  'POST /imports': ['OPERATOR', 'COORDINATOR'],
  'GET /imports': ['OPERATOR', 'COORDINATOR'],
  'GET /imports/:id': ['OPERATOR', 'COORDINATOR'],
  'GET /imports/:id/rows': ['OPERATOR', 'COORDINATOR'],
  'GET /imports/:id/dry-run': ['OPERATOR', 'COORDINATOR'],
  'POST /imports/:id/:command': ['OPERATOR', 'COORDINATOR'],
  // Catalog administration (issue 13): everyone reads the catalog, only admins change it; every change is versioned.
  'POST /support-measures': ['ADMIN'],
  'PUT /support-measures/:id': ['ADMIN'],
  'GET /organisations/:id': EVERYONE,
  'POST /organisations': ['ADMIN'],
  'PUT /organisations/:id': ['ADMIN'],
  'GET /municipalities/:id': EVERYONE,
  'POST /municipalities': ['ADMIN'],
  'PUT /municipalities/:id': ['ADMIN'],
  'GET /escalation-chain': EVERYONE,
  'PUT /escalation-chain': ['ADMIN'],
  'GET /rejection-reasons': EVERYONE,
  'GET /rejection-reasons/:id': EVERYONE,
  'PUT /rejection-reasons/:id': ['ADMIN'],
  'GET /catalog-history': ['ADMIN', 'COORDINATOR', 'AUDITOR'],

  // Single-window appeals (issue 13): operators register them; whoever reads passports reads and prints them.
  'POST /appeals': ['OPERATOR'],
  'GET /appeals': PASSPORT_READERS,
  'GET /appeals/:id': PASSPORT_READERS,
  'GET /appeals/:id/receipt.pdf': PASSPORT_READERS,
  'GET /needs/:id/application.pdf': PASSPORT_READERS,

  // EGISSO (issue 13): admins map measures; the export holds personal data, so only overseers of cases make it.
  'GET /egisso-mappings': ['ADMIN', 'COORDINATOR', 'AUDITOR'],
  'GET /egisso-mappings/:id': ['ADMIN', 'COORDINATOR', 'AUDITOR'],
  'PUT /egisso-mappings/:id': ['ADMIN'],
  'GET /egisso/facts.xml': ['SUPERVISOR', 'COORDINATOR', 'AUDITOR'],

  // Printable lists (issue 13): needs for whoever reads cases, families for whoever reads passports; scopes apply.
  'GET /lists/needs.pdf': CASE_READERS,
  'GET /lists/needs.xlsx': CASE_READERS,
  'GET /lists/families.pdf': PASSPORT_READERS,
  'GET /lists/families.xlsx': PASSPORT_READERS,
  // Indicators (issue 12): the catalog is read by everyone, values within each role's scope.
  'GET /indicators': EVERYONE,
  'GET /indicators/:id': EVERYONE,
  'POST /indicators': ['ADMIN'],
  'PUT /indicators/:id': ['ADMIN'],
  'GET /indicators/:id/values': CASE_READERS,
  'GET /indicators/:id/export': CASE_READERS,
  'GET /indicators/:id/stored-values': ['ADMIN', 'COORDINATOR', 'AUDITOR'],
  'GET /indicators/:id/targets': EVERYONE,
  'PUT /indicators/:id/targets': ['ADMIN', 'COORDINATOR'],
  'GET /indicators/:id/template': ['ADMIN', 'COORDINATOR'],
  'POST /indicator-imports': ['ADMIN', 'COORDINATOR'],
  'GET /indicator-imports/:id': ['ADMIN', 'COORDINATOR'],
  'GET /system-keys': ['ADMIN'],
  'POST /system-keys': ['ADMIN'],
  'DELETE /system-keys/:id': ['ADMIN'],
  'GET /dashboard': CASE_READERS,
  'PUT /dashboard': CASE_READERS,
  // Issue 14: the inboxes of the menu.
  'GET /inbox/counts': EVERYONE,
  'GET /inbox/waiting': ['OPERATOR'],
  'GET /me/notifications': EVERYONE,
  'GET /me/notifications/unread': EVERYONE,
  'POST /me/notifications/read': EVERYONE,
  'GET /search': CASE_READERS,
  // Issue 12: the weekly execution report; supervisors read their own organisation's (api/reports/routes.ts).
  'GET /reports/weekly': ['SUPERVISOR', 'COORDINATOR'],
  // Each user's own workspace settings, and the queue's saved filters (shared ones within the organisation).
  'GET /me/preferences': EVERYONE,
  'GET /me/preferences/:key': EVERYONE,
  'PUT /me/preferences/:key': EVERYONE,
  'GET /queue/saved-queries': QUEUE_READERS,
  'POST /queue/saved-queries': QUEUE_READERS,
  'DELETE /queue/saved-queries/:id': QUEUE_READERS,
};

export const ruleKey = (method: string, path: string): string => `${method.toUpperCase()} ${path}`;
