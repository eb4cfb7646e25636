import { facts, heading } from './blocks';
import type { PrintDocument } from './printDocument';
import { table } from './table';
import type { Column } from './table';

/** A filtered list as printed (issue 13): the filters it was made with, then its rows. */
export interface PrintedList {
  title: string;
  /** the filters in words; empty when the list holds everything the user may see */
  filters: [string, string][];
  columns: (Column & { xlsxWidth: number })[];
  rows: string[][];
  /** more rows matched than a printout holds */
  truncated: boolean;
}

export function drawPrintedList(doc: PrintDocument, list: PrintedList): void {
  heading(doc, 'Отбор');
  facts(doc, list.filters.length ? list.filters : [['Фильтры', 'не заданы: все записи, доступные пользователю']]);
  facts(doc, [['Записей', `${list.rows.length}${list.truncated ? ' (показаны первые; уточните отбор)' : ''}`]]);
  doc.moveDown(0.5);
  table(doc, list.columns, list.rows, 'Нет записей, подходящих под отбор');
}
