import { formatRoubles } from '../../shared/poverty/money';
import { VERDICT_WORDS } from '../../shared/poverty/assessment';
import type { Actor } from '../../shared/needCase';
import type { Assessment } from '../../shared/schemas/poverty';
import type { NeedView } from '../needs/view';
import type { ApiContext } from '../context';
import type { DocumentStore } from '../documents/storage';
import { uploadCaseDocument } from '../documents/upload';
import { conflict, unprocessable } from '../http/errors';
import { registerNeed } from '../needs/registration';
import { loadNeed } from '../needs/view';

/** The social-contract measure of the catalog (prisma/seed/data/supportMeasures.ts). */
export const SOCIAL_CONTRACT_CODE = 'SOC_CONTRACT';
const CONCLUSION_KIND = 'other';

/**
 * Registers the applicant's social-contract need through the ordinary registration path and attaches
 * the calculator's conclusion. A retry with the same Idempotency-Key finds the same need and does not
 * attach the conclusion twice.
 */
export async function startSocialContract(
  ctx: ApiContext,
  store: DocumentStore,
  actor: Actor,
  input: { personId: string; assessment: Assessment; conclusion: { fileName: string; bytes: Buffer } },
  idempotencyKey: string | undefined,
): Promise<{ need: NeedView; created: boolean }> {
  const { personId, assessment, conclusion } = input;
  if (!assessment.members.some((m) => m.personId === personId))
    throw unprocessable({ personId: 'Заявитель должен быть членом этой семьи' });
  const measure = await ctx.prisma.supportMeasure.findUnique({ where: { code: SOCIAL_CONTRACT_CODE } });
  if (!measure?.active) throw conflict('Мера «Социальный контракт» не найдена в каталоге');
  const description =
    `Социальный контракт. По расчёту на ${assessment.assessedOn.split('-').reverse().join('.')}: ` +
    `среднедушевой доход ${formatRoubles(assessment.perCapitaIncomeKopecks)} при пороге ${formatRoubles(assessment.thresholdKopecks)} — ` +
    `${VERDICT_WORDS[assessment.verdict]}. Заключение калькулятора приложено.`;
  const { need, created } = await registerNeed(ctx, actor, { personId, measureId: measure.id, description }, idempotencyKey);
  if (need.documents.some((d) => d.fileName === conclusion.fileName && !d.deletedAt)) return { need, created };
  const file = { originalname: conclusion.fileName, size: conclusion.bytes.length, buffer: conclusion.bytes } as Express.Multer.File;
  await uploadCaseDocument(ctx, store, actor, need.id, { kind: CONCLUSION_KIND }, file);
  return { need: await loadNeed(ctx.prisma, actor, need.id), created };
}
