import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import { httpClient } from './httpClient';

const rest = simpleRestProvider('/api', httpClient);

/** The API's resources speak react-admin's simple REST dialect; the case list is the queue. */
export const dataProvider: DataProvider = {
  ...rest,
  getList: (resource, params) => rest.getList(resource === 'needs' ? 'queue' : resource, params),
  /** A case action: POST /api/needs/:id/<action>, answered with the case as it now stands. */
  caseAction: async (id: string, action: string, body: object = {}) =>
    (await httpClient(`/api/needs/${id}/${action}`, { method: 'POST', body: JSON.stringify(body) })).json,
};
