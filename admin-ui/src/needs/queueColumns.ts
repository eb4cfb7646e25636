import { QUEUE_COLUMNS } from '../../../shared/schemas/workspacePreferences';

type QueueColumn = (typeof QUEUE_COLUMNS)[number];

/**
 * The queue's column choice kept on the server (issue 14). react-admin keeps the shown columns by their
 * positions in the grid; the server by their names, so a column added later does not shift a saved choice.
 * The grid's columns (NeedList) are in the order of QUEUE_COLUMNS.
 */
export const queueColumnsPreference = {
  key: 'queue.columns',
  storeKey: 'preferences.needs.datagrid.columns',
  toStore: (names: QueueColumn[]) => names.map((name) => String(QUEUE_COLUMNS.indexOf(name))).filter((i) => i !== '-1'),
  fromStore: (positions: string[]) => positions.map((i) => QUEUE_COLUMNS[Number(i)]).filter((name) => name !== undefined),
};
