/** A document as every answer shows it: never the storage key. */
export const documentView = (d: {
  id: string;
  kind: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  seriesId: string | null;
  version: number;
  uploadedById: string;
  uploadedAt: Date;
  deletedAt: Date | null;
  deletedById: string | null;
}) => ({
  id: d.id,
  kind: d.kind,
  fileName: d.fileName,
  mimeType: d.mimeType,
  size: d.size,
  sha256: d.sha256,
  seriesId: d.seriesId ?? d.id,
  version: d.version,
  uploadedById: d.uploadedById,
  uploadedAt: d.uploadedAt.toISOString(),
  deletedAt: d.deletedAt?.toISOString() ?? null,
  deletedById: d.deletedById,
});

export type DocumentView = ReturnType<typeof documentView>;
