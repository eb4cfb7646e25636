import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import { httpClient } from './httpClient';

const rest = simpleRestProvider('/api', httpClient);

/** The fields of a person the API lets an operator change (PATCH /persons/:id; SNILS is fixed). */
const PERSON_FIELDS = ['lastName', 'firstName', 'middleName', 'birthDate', 'sex', 'address', 'contacts', 'debts', 'incomes'];
const LIST_ITEM_IDS = ['contacts', 'debts', 'incomes'];

function personChanges(data: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of PERSON_FIELDS) {
    const value = data[field];
    // Only the middle name may be cleared; other empty fields are left as they are.
    if (value === undefined || (value === null && field !== 'middleName')) continue;
    // List items are replaced as a whole; their ids are the server's.
    body[field] = LIST_ITEM_IDS.includes(field)
      ? (value as Record<string, unknown>[]).map(({ id: _id, ...item }) => ({
          ...item,
          amount: item.amount === undefined ? undefined : String(item.amount),
        }))
      : value;
  }
  return body;
}

/** The fields of an account an administrator changes (PATCH /users/:id). */
const USER_FIELDS = ['fullName', 'email', 'role', 'organisationId', 'municipalityId', 'active'];
const userChanges = (data: Record<string, unknown>) => ({
  ...Object.fromEntries(USER_FIELDS.filter((f) => data[f] !== undefined).map((f) => [f, data[f] === '' ? null : data[f]])),
  // A new password only when one was typed: setting it ends the account's sessions on every device.
  ...(typeof data.password === 'string' && data.password !== '' ? { password: data.password } : {}),
});

/** Resources the API updates with PATCH and only the fields it lets change. */
const PATCHED: Record<string, (data: Record<string, unknown>) => Record<string, unknown>> = {
  persons: personChanges,
  users: userChanges,
};

/** Catalog rows (issue 13) are saved whole with PUT, with only the fields the admin edits. */
const CATALOG_FIELDS: Record<string, string[]> = {
  'support-measures': [
    'code',
    'name',
    'kind',
    'description',
    'organisationId',
    'acceptWorkingDays',
    'resolveWorkingDays',
    'reminderWorkingDaysBefore',
    'requiredDocuments',
    'relevantPassportSections',
    'active',
  ],
  organisations: ['code', 'name', 'shortName', 'kind', 'email', 'parentId', 'scopeMunicipalityIds', 'active'],
  municipalities: ['code', 'name', 'kind', 'region', 'active'],
  'rejection-reasons': ['name', 'active', 'position'],
  'escalation-chain': ['levels'],
  'egisso-mappings': ['egissoCode', 'form', 'amount', 'unitCode', 'unitName'],
};
const catalogBody = (resource: string, data: Record<string, unknown>) =>
  Object.fromEntries(
    CATALOG_FIELDS[resource]
      .filter((f) => data[f] !== undefined)
      .map((f) => [f, f === 'levels' ? (data.levels as Record<string, unknown>[]).map(({ level: _l, ...l }) => l) : data[f]]),
  );

/** The API's resources speak react-admin's simple REST dialect; the case list is the queue. */
export const dataProvider: DataProvider = {
  ...rest,
  getList: (resource, params) => rest.getList(resource === 'needs' ? 'queue' : resource, params),
  getOne: async (resource, params) => {
    if (resource !== 'escalation-chain') return rest.getOne(resource, params);
    return { data: (await httpClient('/api/escalation-chain')).json };
  },
  update: async (resource, params) => {
    if (CATALOG_FIELDS[resource]) {
      const url = resource === 'escalation-chain' ? '/api/escalation-chain' : `/api/${resource}/${params.id}`;
      const { json } = await httpClient(url, { method: 'PUT', body: JSON.stringify(catalogBody(resource, params.data)) });
      return { data: json };
    }
    const changes = PATCHED[resource];
    if (!changes) return rest.update(resource, params);
    const { json } = await httpClient(`/api/${resource}/${params.id}`, { method: 'PATCH', body: JSON.stringify(changes(params.data)) });
    return { data: json };
  },
  /** A case action: POST /api/needs/:id/<action>, answered with the case as it now stands. */
  caseAction: async (id: string, action: string, body: object = {}) =>
    (await httpClient(`/api/needs/${id}/${action}`, { method: 'POST', body: JSON.stringify(body) })).json,
};
