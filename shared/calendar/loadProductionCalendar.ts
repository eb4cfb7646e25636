import { readFileSync } from 'node:fs';
import type { ProductionCalendar } from './productionCalendar';
import { parseProductionCalendar } from './productionCalendar';

/** Reads a calendar file (the worker and API pass PRODUCTION_CALENDAR_FILE); a new file needs no code change. */
export function loadProductionCalendar(filePath: string): ProductionCalendar {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch (err) {
    throw new Error(`Cannot read production calendar ${filePath}: ${(err as Error).message}`, { cause: err });
  }
  try {
    return parseProductionCalendar(json);
  } catch (err) {
    throw new Error(`${filePath}: ${(err as Error).message}`, { cause: err });
  }
}
