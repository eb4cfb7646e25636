import type { PrismaClient } from '../../prisma/client';
import { caseNumber } from '../../shared/caseWording';

/** What the mails about a case say, read from the projection the workflow has just written. */
export async function caseFacts(prisma: PrismaClient, needId: string, appUrl: string) {
  const need = await prisma.need.findUniqueOrThrow({
    where: { id: needId },
    include: {
      measure: { select: { name: true } },
      organisation: { select: { id: true, shortName: true, email: true } },
      person: { select: { lastName: true, firstName: true, middleName: true } },
    },
  });
  return {
    need,
    caseNumber: caseNumber(need.id),
    caseUrl: `${appUrl}/#/needs/${need.id}/show`,
    measure: need.measure.name,
    organisation: need.organisation.shortName,
    personName: [need.person.lastName, need.person.firstName, need.person.middleName].filter(Boolean).join(' '),
  };
}
