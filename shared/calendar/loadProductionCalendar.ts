import { readFileSync } from 'node:fs';
import type { ProductionCalendar } from './productionCalendar';
import { parseProductionCalendar } from './productionCalendar';

/** Reads the calendar file named by PRODUCTION_CALENDAR_FILE; replacing the file needs no code change. */
export function loadProductionCalendar(filePath: string): ProductionCalendar {
  return parseProductionCalendar(JSON.parse(readFileSync(filePath, 'utf8')));
}
