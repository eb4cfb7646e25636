import type { Response } from 'express';
import type { PrismaClient } from '../../prisma/client';
import type { PrintDocument } from '../../templates/pdf/printDocument';
import { renderPdf } from '../../templates/pdf/render';

/** Draws a form for the acting user (named in its footer) into a PDF. */
export async function printedBy(
  prisma: PrismaClient,
  actor: { userId: string; role: string },
  title: string,
  draw: (doc: PrintDocument) => void,
  layout: 'portrait' | 'landscape' = 'portrait',
): Promise<Buffer> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
  return renderPdf({ title, generatedAt: new Date(), generatedBy: { fullName: user.fullName, role: actor.role }, layout }, draw);
}

/** Answers with a generated PDF as a download under its name; never cached. */
export function sendPdf(res: Response, fileName: string, bytes: Buffer): void {
  res.attachment(fileName);
  res.type('application/pdf');
  res.set('Cache-Control', 'private, no-store');
  res.send(bytes);
}
