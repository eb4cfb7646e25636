import type { Prisma } from '../../prisma/client';

/** A checked value of a custom indicator, ready to store (from a file row or a pushed value). */
export interface CheckedValue {
  rowNumber: number;
  indicatorId: string;
  municipalityId: string;
  period: string;
  /** A number, or the decimal text of one as PostgreSQL stores it. */
  value: number | string;
}

export interface ValueProvenance {
  origin: 'FILE' | 'PUSH';
  fileName?: string;
  fileSha256?: string;
  systemKeyId?: string;
  loadedById?: string;
}

/**
 * Writes values idempotently by (indicator, territory, period): an unchanged value is not touched,
 * a changed one takes the new value and provenance. Returns the rows actually written.
 */
export async function writeValues(tx: Prisma.TransactionClient, rows: CheckedValue[], provenance: ValueProvenance): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const batch = rows.slice(i, i + 1000);
    written += await tx.$executeRaw`
      INSERT INTO "IndicatorValue" ("id", "indicatorId", "municipalityId", "period", "value", "origin", "fileName", "fileSha256", "rowNumber", "systemKeyId", "loadedById")
      SELECT gen_random_uuid(), b.indicator, b.municipality, b.period, b.value, ${provenance.origin}, ${provenance.fileName ?? null},
             ${provenance.fileSha256 ?? null}, b.row_number, ${provenance.systemKeyId ?? null}::uuid, ${provenance.loadedById ?? null}::uuid
        FROM unnest(${batch.map((r) => r.indicatorId)}::uuid[], ${batch.map((r) => r.municipalityId)}::uuid[], ${batch.map((r) => r.period)}::text[],
                    ${batch.map((r) => String(r.value))}::numeric[], ${batch.map((r) => (provenance.origin === 'FILE' ? r.rowNumber : null))}::int[])
             AS b(indicator, municipality, period, value, row_number)
      ON CONFLICT ("indicatorId", "municipalityId", "period") DO UPDATE
        SET "value" = EXCLUDED."value", "origin" = EXCLUDED."origin", "fileName" = EXCLUDED."fileName", "fileSha256" = EXCLUDED."fileSha256",
            "rowNumber" = EXCLUDED."rowNumber", "systemKeyId" = EXCLUDED."systemKeyId", "loadedById" = EXCLUDED."loadedById", "loadedAt" = CURRENT_TIMESTAMP
        WHERE "IndicatorValue"."value" IS DISTINCT FROM EXCLUDED."value"`;
  }
  return written;
}
