import type { Actor } from '../../shared/needCase';
import { regionRules } from '../../shared/poverty/regions';
import type { Assessment } from '../../shared/schemas/poverty';
import type { PovertyConclusionData } from '../../templates/pdf/povertyConclusion';
import type { ApiContext } from '../context';
import { createPassportService } from '../passports/service';

const ADULT = 18;

/**
 * The conclusion's data: the assessment, and for a family of the passport its address and the
 * applicant (the member chosen, else the eldest adult), read through the same scoped read as the passport.
 */
export async function conclusionData(
  ctx: ApiContext,
  actor: Actor,
  assessment: Assessment,
  householdId: string | null,
  applicantKey: string | undefined,
): Promise<PovertyConclusionData> {
  const chosen = assessment.members.find((m) => m.key === applicantKey);
  const eldestAdult = [...assessment.members].sort((a, b) => b.ageYears - a.ageYears).find((m) => m.ageYears >= ADULT);
  const household = householdId ? await createPassportService(ctx.prisma).get(actor, householdId) : null;
  const applicant = chosen ?? (household ? eldestAdult : undefined);
  return {
    applicant: applicant?.name || null,
    address: household?.address ?? null,
    municipality: household?.municipality.name ?? null,
    regionName: regionRules(assessment.region)?.name ?? assessment.region,
    assessment,
  };
}

export const conclusionFileName = (assessedOn: string) => `Заключение о доходе семьи на ${assessedOn.split('-').reverse().join('.')}.pdf`;
