import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { Prisma } from '../../prisma/client';
import type { Actor } from '../../shared/needCase';
import { TASK_QUEUE } from '../../shared/needCase';
import type { ImportStatus } from '../../shared/register/importBatch';
import { importWorkflowId } from '../../shared/register/importBatch';
import { validateImportFile } from '../../shared/register/importFile';
import type { ImportRowData, ImportRowError } from '../../shared/register/importRow';
import { headerOf } from '../../shared/register/importTemplate';
import { IMPORT_DUPLICATE_SIMILARITY } from '../../shared/register/names';
import { sha256Hex } from '../../shared/tabular/read';
import type { ImportCommand } from '../../workflows/importBatch';
import { importBatch, importControlUpdate } from '../../workflows/importBatch';
import type { ApiContext } from '../context';
import { conflict, notFound, unprocessable } from '../http/errors';
import { readTabularUpload } from '../http/tabularUpload';
import { withinUpdateDeadline } from '../needs/updateDeadline';

type ImportBatch = Prisma.ImportBatchGetPayload<object>;

/** The most rows one import takes. */
export const IMPORT_MAX_ROWS = 200_000;
const ROWS_PER_INSERT = 5000;

/** Operators import into and see their municipality's batches; the regional coordinator all. */
function batchScope(actor: Actor): Prisma.ImportBatchWhereInput {
  return actor.role === 'OPERATOR' ? { municipalityId: actor.municipalityId ?? '' } : {};
}

const today = () => new Date().toISOString().slice(0, 10);

export function batchView(b: ImportBatch, repeated?: boolean) {
  return {
    id: b.id,
    fileName: b.fileName,
    status: b.status as ImportStatus,
    totalRows: b.totalRows,
    validRows: b.validRows,
    errorRows: b.totalRows - b.validRows,
    processedRows: b.processedRows,
    createdPersons: b.createdPersons,
    linkedPersons: b.linkedPersons,
    percent: b.validRows === 0 ? 100 : Math.floor((100 * b.processedRows) / b.validRows),
    createdAt: b.createdAt.toISOString(),
    ...(repeated === undefined ? {} : { repeated }),
  };
}

type RowRecord = {
  rowNumber: number;
  data: ImportRowData | null;
  errors: ImportRowError[] | null;
  outcome: string | null;
  personId: string | null;
  duplicateOf: string | null;
  duplicateScore: number | null;
};

function rowView(r: RowRecord) {
  const d = r.data;
  return {
    id: r.rowNumber,
    rowNumber: r.rowNumber,
    valid: r.errors === null,
    errors: (r.errors ?? []).map((e) => ({ ...e, column: headerOf(e.field) })),
    person:
      d && d.lastName
        ? { lastName: d.lastName, firstName: d.firstName, middleName: d.middleName, birthDate: d.birthDate, family: d.family }
        : null,
    outcome: r.outcome as 'CREATED' | 'LINKED' | null,
    personId: r.personId,
    duplicateOf: r.duplicateOf,
    duplicateScore: r.duplicateScore,
    relations: d?.relations ?? [],
  };
}

/**
 * Bulk import of households: an upload is read, checked row by row and kept (valid rows with their
 * data, bad rows with their messages) as one batch per file content; the importBatch workflow then
 * writes the valid rows in chunks, off the API's event loop.
 */
export function createImportService(ctx: ApiContext) {
  const { prisma } = ctx;

  async function batchOf(actor: Actor, id: string) {
    const batch = await prisma.importBatch.findFirst({ where: { AND: [{ id }, batchScope(actor)] } });
    if (!batch) throw notFound('Загрузка');
    return batch;
  }

  async function existing(sha256: string) {
    return prisma.importBatch.findUnique({ where: { sha256 } });
  }

  return {
    async upload(actor: Actor, file: Express.Multer.File | undefined) {
      if (!file || file.size === 0) throw unprocessable({ file: 'Приложите файл CSV или XLSX по шаблону' });
      const sha256 = sha256Hex(file.buffer);
      const before = await existing(sha256);
      if (before) {
        if (Object.keys(batchScope(actor)).length > 0 && before.municipalityId !== actor.municipalityId) {
          throw conflict('Этот файл уже загружен в другом муниципалитете');
        }
        return batchView(before, true);
      }
      const table = await readTabularUpload(file.buffer, IMPORT_MAX_ROWS);
      const municipalities = await prisma.municipality.findMany({ select: { id: true, code: true } });
      const onlyMunicipalityId = actor.role === 'OPERATOR' ? (actor.municipalityId ?? '') : undefined;
      const { missing, rows } = await validateImportFile(table, {
        municipalities: new Map(municipalities.map((m) => [m.code.toLowerCase(), m.id])),
        onlyMunicipalityId,
        today: today(),
      });
      if (missing.length > 0) throw unprocessable({ file: `В файле нет столбцов шаблона: ${missing.join(', ')}` }, 'Файл не по шаблону');
      if (rows.length === 0) throw unprocessable({ file: 'В файле нет строк с данными' });
      try {
        const batch = await prisma.$transaction(
          async (tx) => {
            const created = await tx.importBatch.create({
              data: {
                sha256,
                fileName: file.originalname.slice(0, 255),
                createdById: actor.userId,
                municipalityId: onlyMunicipalityId ?? null,
                status: 'VALIDATED',
                totalRows: rows.length,
                validRows: rows.filter((r) => r.data).length,
                workflowId: '',
              },
            });
            // One statement per slice, arrays unnested by PostgreSQL: far cheaper than a row of parameters per row.
            for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
              const slice = rows.slice(i, i + ROWS_PER_INSERT);
              await tx.$executeRaw`
                INSERT INTO "ImportRow" ("batchId", "rowNumber", data, errors)
                SELECT ${created.id}::uuid, t.row, t.data::jsonb, t.errors::jsonb
                  FROM unnest(${slice.map((r) => r.rowNumber)}::int[], ${slice.map((r) => JSON.stringify(r.data ?? {}))}::text[],
                              ${slice.map((r) => (r.data ? null : JSON.stringify(r.errors)))}::text[]) AS t(row, data, errors)`;
            }
            return tx.importBatch.update({ where: { id: created.id }, data: { workflowId: importWorkflowId(created.id) } });
          },
          { timeout: 120_000 },
        );
        return batchView(batch, false);
      } catch (err) {
        // The same file uploaded twice at once: the second finds the first.
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
          const winner = await existing(sha256);
          if (winner) return batchView(winner, true);
        }
        throw err;
      }
    },

    async view(actor: Actor, id: string) {
      return batchView(await batchOf(actor, id));
    },

    async list(actor: Actor, skip: number, take: number) {
      const where = batchScope(actor);
      const [rows, total] = await Promise.all([
        prisma.importBatch.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], skip, take }),
        prisma.importBatch.count({ where }),
      ]);
      return { items: rows.map((b) => batchView(b)), total };
    },

    async rows(actor: Actor, id: string, filter: { errors?: 'true' | 'false'; duplicates?: 'true' | 'false' }, skip: number, take: number) {
      await batchOf(actor, id);
      const where: Prisma.ImportRowWhereInput = {
        batchId: id,
        ...(filter.errors === 'true' ? { NOT: { errors: { equals: Prisma.DbNull } } } : {}),
        ...(filter.errors === 'false' ? { errors: { equals: Prisma.DbNull } } : {}),
        ...(filter.duplicates === 'true' ? { duplicateOf: { not: null } } : {}),
      };
      const [rows, total] = await Promise.all([
        prisma.importRow.findMany({ where, orderBy: { rowNumber: 'asc' }, skip, take }),
        prisma.importRow.count({ where }),
      ]);
      return { items: rows.map((r) => rowView(r as unknown as RowRecord)), total };
    },

    /** What the import would do now: the families and persons it would create, the SNILS it would link, the likely duplicates it would flag, the relatives it would link. */
    async dryRun(actor: Actor, id: string) {
      const batch = await batchOf(actor, id);
      const [counts] = await prisma.$queryRaw<
        { families: bigint; newHouseholds: bigint; newPersons: bigint; linkedPersons: bigint; likelyDuplicates: bigint }[]
      >`
        SELECT count(DISTINCT r.data->>'family') AS families,
               count(DISTINCT r.data->>'family') FILTER (WHERE p.id IS NULL) AS "newHouseholds",
               count(*) FILTER (WHERE p.id IS NULL) AS "newPersons",
               count(p.id) AS "linkedPersons",
               count(*) FILTER (WHERE p.id IS NULL AND EXISTS (
                 SELECT 1 FROM "Person" q
                  WHERE q."birthDate" = (r.data->>'birthDate')::date AND q."mergedIntoId" IS NULL
                    AND similarity(translate(lower(q."lastName" || ' ' || q."firstName" || ' ' || coalesce(q."middleName", '')), 'ё', 'е'),
                                   translate(lower((r.data->>'lastName') || ' ' || (r.data->>'firstName') || ' ' || coalesce(r.data->>'middleName', '')), 'ё', 'е'))
                        >= ${IMPORT_DUPLICATE_SIMILARITY})) AS "likelyDuplicates"
          FROM "ImportRow" r LEFT JOIN "Person" p ON p.snils = r.data->>'snils'
         WHERE r."batchId" = ${id}::uuid AND r.errors IS NULL AND r."personId" IS NULL`;
      const [pairs] = await prisma.$queryRaw<{ relations: bigint }[]>`
        SELECT count(*) AS relations
          FROM "ImportRow" r
         CROSS JOIN LATERAL jsonb_to_recordset(coalesce(r.data->'relations', '[]'::jsonb)) AS s(row int, kind text)
          JOIN "ImportRow" t ON t."batchId" = r."batchId" AND t."rowNumber" = s.row
          LEFT JOIN "Person" known_r ON known_r.snils = r.data->>'snils'
          LEFT JOIN "Person" known_t ON known_t.snils = t.data->>'snils'
          LEFT JOIN "Person" pr ON pr.id = coalesce(known_r."mergedIntoId", known_r.id)
          LEFT JOIN "Person" pt ON pt.id = coalesce(known_t."mergedIntoId", known_t.id)
         WHERE r."batchId" = ${id}::uuid AND r.errors IS NULL AND r."personId" IS NULL
           AND ((pr.id IS NULL AND pt.id IS NULL)
                OR (pr."householdId" = pt."householdId" AND pr.id <> pt.id
                    AND NOT EXISTS (SELECT 1 FROM "Relation" x WHERE x."fromPersonId" = pr.id AND x."toPersonId" = pt.id)))`;
      return {
        rows: batch.totalRows,
        errorRows: batch.totalRows - batch.validRows,
        families: Number(counts.families),
        newHouseholds: Number(counts.newHouseholds),
        newPersons: Number(counts.newPersons),
        linkedPersons: Number(counts.linkedPersons),
        likelyDuplicates: Number(counts.likelyDuplicates),
        relations: Number(pairs.relations),
      };
    },

    async start(actor: Actor, id: string) {
      const batch = await batchOf(actor, id);
      if (batch.validRows === 0) throw conflict('В файле нет ни одной верной строки: исправьте файл и загрузите его снова');
      try {
        await ctx.temporal.workflow.start(importBatch, {
          workflowId: batch.workflowId,
          taskQueue: TASK_QUEUE,
          args: [{ version: 1, batchId: batch.id, chunkRows: ctx.config.IMPORT_CHUNK_ROWS }],
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        });
        await prisma.importBatch.updateMany({ where: { id, status: 'VALIDATED' }, data: { status: 'RUNNING' } });
      } catch (err) {
        // Started before (or finished): a second start adds nothing.
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
      return batchView(await batchOf(actor, id));
    },

    async control(actor: Actor, id: string, command: ImportCommand) {
      const batch = await batchOf(actor, id);
      if (batch.status === 'VALIDATED') throw conflict('Импорт ещё не запущен');
      if (batch.status === 'COMPLETED') throw conflict('Импорт уже завершён');
      try {
        const progress = await withinUpdateDeadline(ctx, () =>
          ctx.temporal.workflow.getHandle(batch.workflowId).executeUpdate(importControlUpdate, { args: [command] }),
        );
        await prisma.importBatch.update({ where: { id }, data: { status: progress.status } });
      } catch (err) {
        if (err instanceof WorkflowNotFoundError) throw conflict('Импорт уже завершён');
        throw err;
      }
      return batchView(await batchOf(actor, id));
    },
  };
}
