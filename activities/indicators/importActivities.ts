import { ApplicationFailure, Context } from '@temporalio/activity';
import type { PrismaClient } from '../../prisma/client';
import type { IndicatorImportTotals } from '../../shared/indicators/valueImport';
import { writeValues } from './writeValues';

export interface WriteIndicatorImportInput {
  importId: string;
  chunkRows: number;
}

/** What an attempt reports after each committed chunk, and a retried attempt starts from. */
export interface IndicatorImportHeartbeat {
  nextChunk: number;
}

type ChunkOutcome = IndicatorImportTotals & { finished: boolean };

/**
 * Writes chunk `chunk` of the import's rows in one transaction with the import's counters. The
 * counters are the cursor: a chunk an earlier attempt committed (its heartbeat lost with the worker)
 * is skipped, so nothing is counted twice; the last chunk completes the import and drops its rows.
 */
async function writeChunk(prisma: PrismaClient, input: WriteIndicatorImportInput, chunk: number): Promise<ChunkOutcome> {
  return prisma.$transaction(
    async (tx) => {
      const [target] = await tx.$queryRaw<
        {
          fileName: string;
          fileSha256: string;
          createdById: string;
          status: string;
          totalRows: number;
          processedRows: number;
          writtenRows: number;
        }[]
      >`SELECT "fileName", "fileSha256", "createdById", status, "totalRows", "processedRows", "writtenRows"
          FROM "IndicatorImport" WHERE id = ${input.importId}::uuid FOR UPDATE`;
      if (!target) throw ApplicationFailure.nonRetryable('The indicator import is gone', 'IndicatorImportMissing');
      const totals = { total: target.totalRows, processed: target.processedRows, written: target.writtenRows };
      const start = chunk * input.chunkRows;
      if (target.status === 'COMPLETED') return { ...totals, finished: true };
      if (target.processedRows > start) return { ...totals, finished: false };
      if (target.processedRows < start) {
        throw ApplicationFailure.nonRetryable(`Chunk ${chunk} is past the written rows`, 'IndicatorImportOutOfOrder');
      }
      const rows = await tx.indicatorImportRow.findMany({
        where: { importId: input.importId, position: { gte: start, lt: start + input.chunkRows } },
        orderBy: { position: 'asc' },
      });
      const written = await writeValues(
        tx,
        rows.map((r) => ({ ...r, value: r.value.toString() })),
        { origin: 'FILE', fileName: target.fileName, fileSha256: target.fileSha256, loadedById: target.createdById },
      );
      const processed = start + rows.length;
      const finished = processed >= target.totalRows;
      await tx.indicatorImport.update({
        where: { id: input.importId },
        data: {
          processedRows: processed,
          writtenRows: { increment: written },
          ...(finished ? { status: 'COMPLETED', completedAt: new Date() } : {}),
        },
      });
      if (finished) await tx.indicatorImportRow.deleteMany({ where: { importId: input.importId } });
      return { total: target.totalRows, processed, written: target.writtenRows + written, finished };
    },
    { timeout: 120_000 },
  );
}

export function createIndicatorImportActivities({ prisma }: { prisma: PrismaClient }) {
  return {
    /**
     * Writes a committed file's values chunk by chunk, heartbeating the next chunk after each
     * commit, so an attempt after a lost worker resumes there instead of at the first row.
     */
    async writeIndicatorImport(input: WriteIndicatorImportInput): Promise<IndicatorImportTotals> {
      const ctx = Context.current();
      const resumed = ctx.info.heartbeatDetails as IndicatorImportHeartbeat | undefined;
      for (let chunk = resumed?.nextChunk ?? 0; ; chunk++) {
        const { finished, ...totals } = await writeChunk(prisma, input, chunk);
        ctx.heartbeat({ nextChunk: chunk + 1 } satisfies IndicatorImportHeartbeat);
        if (finished) return totals;
      }
    },
  };
}

export type IndicatorImportActivities = ReturnType<typeof createIndicatorImportActivities>;
