import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { Prisma } from '../../prisma/client';
import { TASK_QUEUE } from '../../shared/needCase';
import type { IndicatorImportStatus } from '../../shared/indicators/valueImport';
import { indicatorImportWorkflowId } from '../../shared/indicators/valueImport';
import { indicatorImport } from '../../workflows/indicatorImport';
import type { ApiContext } from '../context';
import { notFound } from '../http/errors';
import type { ValueRow } from './imports';

type IndicatorImport = Prisma.IndicatorImportGetPayload<object>;

const ROWS_PER_INSERT = 5000;

export function importView(i: IndicatorImport, repeated = false) {
  return {
    id: i.id,
    fileName: i.fileName,
    sha256: i.fileSha256,
    status: i.status as IndicatorImportStatus,
    totalRows: i.totalRows,
    processedRows: i.processedRows,
    writtenRows: i.writtenRows,
    unchangedRows: i.processedRows - i.writtenRows,
    percent: i.totalRows === 0 ? 100 : Math.floor((100 * i.processedRows) / i.totalRows),
    createdAt: i.createdAt.toISOString(),
    completedAt: i.completedAt?.toISOString() ?? null,
    repeated,
  };
}

/**
 * Committed files of custom indicator values: the checked rows are kept as one import per file and
 * indicator, and the indicatorImport workflow writes them, so a file of 100,000 rows never holds a
 * request (or the API's database connections) for the length of its writing.
 */
export function createIndicatorImportService(ctx: ApiContext) {
  const { prisma } = ctx;

  /** Starts the import's workflow unless it ran already: a repeated upload also heals a start lost with the API. */
  async function ensureStarted(i: IndicatorImport) {
    if (i.status === 'COMPLETED') return;
    try {
      await ctx.temporal.workflow.start(indicatorImport, {
        workflowId: i.workflowId,
        taskQueue: TASK_QUEUE,
        args: [{ version: 1, importId: i.id, chunkRows: ctx.config.INDICATOR_IMPORT_CHUNK_ROWS }],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }

  async function keep(file: { fileName: string; sha256: string; indicatorCode: string; createdById: string }, rows: ValueRow[]) {
    return prisma.$transaction(
      async (tx) => {
        const created = await tx.indicatorImport.create({
          data: {
            fileSha256: file.sha256,
            indicatorCode: file.indicatorCode,
            fileName: file.fileName.slice(0, 255),
            createdById: file.createdById,
            status: 'RUNNING',
            totalRows: rows.length,
            workflowId: '',
          },
        });
        // One statement per slice, arrays unnested by PostgreSQL, as the register's import keeps its rows.
        for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
          const slice = rows.slice(i, i + ROWS_PER_INSERT);
          await tx.$executeRaw`
            INSERT INTO "IndicatorImportRow" ("importId", position, "rowNumber", "indicatorId", "municipalityId", period, value)
            SELECT ${created.id}::uuid, t.position, t.row, t.indicator, t.municipality, t.period, t.value
              FROM unnest(${slice.map((_, k) => i + k)}::int[], ${slice.map((r) => r.rowNumber)}::int[], ${slice.map((r) => r.indicatorId)}::uuid[],
                          ${slice.map((r) => r.municipalityId)}::uuid[], ${slice.map((r) => r.period)}::text[], ${slice.map((r) => String(r.value))}::numeric[])
                   AS t(position, row, indicator, municipality, period, value)`;
        }
        return tx.indicatorImport.update({ where: { id: created.id }, data: { workflowId: indicatorImportWorkflowId(created.id) } });
      },
      { timeout: 120_000 },
    );
  }

  return {
    /** The import of these checked rows: a new one started, or the one this file (and indicator) made before. */
    async commit(file: { fileName: string; sha256: string; indicatorCode: string | undefined; createdById: string }, rows: ValueRow[]) {
      const key = { fileSha256: file.sha256, indicatorCode: file.indicatorCode ?? '' };
      const before = await prisma.indicatorImport.findUnique({ where: { fileSha256_indicatorCode: key } });
      if (before) {
        await ensureStarted(before);
        return importView(before, true);
      }
      try {
        const created = await keep({ ...file, indicatorCode: key.indicatorCode }, rows);
        await ensureStarted(created);
        return importView(created);
      } catch (err) {
        // The same file committed twice at once: the second finds the first.
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
          return importView(await prisma.indicatorImport.findUniqueOrThrow({ where: { fileSha256_indicatorCode: key } }), true);
        }
        throw err;
      }
    },

    async view(id: string) {
      const found = await prisma.indicatorImport.findUnique({ where: { id } });
      if (!found) throw notFound('Загрузка значений');
      return importView(found);
    },
  };
}
