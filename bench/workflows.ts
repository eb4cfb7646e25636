// The benchmark's worker runs the real needCase workflow and, as the baseline, a workflow that does nothing.
export { needCase } from '../workflows/needCase';

export async function emptyWorkflow(): Promise<void> {}
export { regionReassessment } from '../workflows/regionReassessment';
<<<<<<< HEAD
export { outreachCampaign } from '../workflows/outreachCampaign';
=======
export { importBatch } from '../workflows/importBatch';
>>>>>>> f2e796e (issue 13: import rows, households, persons, contacts, incomes and debts written as unnested arrays (one statement per table and chunk), row checks with schemas built once; duplicate search keeps the best same-day matches apart from namesakes; bench rows (g) import of 100,000 rows beside COPY and (h) duplicate search at 1,000,000 persons beside its bare SQL; workspace pages for import (template, report, dry run, progress, pause/resume) and merge, likely duplicates beside a person)
