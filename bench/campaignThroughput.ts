import type { PrismaClient } from '../prisma/client';
import type { SessionService } from '../api/auth/sessions';
import { fillPoorHouseholds } from '../tests/support/campaignHouseholds';

/**
 * (a') Needs opened per second by an outreach campaign: households below the minimum in one
 * municipality, the campaign launched through the API without its throttle, timed until the
 * campaign has finished — by then every need's workflow has written its row, as in (a).
 */
export async function measureCampaign(opts: { apiUrl: string; prisma: PrismaClient; sessions: SessionService; households: number }) {
  const { prisma } = opts;
  const municipality = await prisma.municipality.findUniqueOrThrow({ where: { code: 'tolyatti' } });
  const measure = await prisma.supportMeasure.findFirstOrThrow({ where: { code: 'SOC_ONE_TIME_AID' } });
  await fillPoorHouseholds(prisma, municipality.id, opts.households, 'bench-campaign');
  const coordinator = await prisma.user.findUniqueOrThrow({ where: { username: 'coordinator' } });
  const { accessToken } = await opts.sessions.issue(coordinator, '127.0.0.1');
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` };

  const started = performance.now();
  const res = await fetch(`${opts.apiUrl}/api/campaigns`, {
    method: 'POST',
    headers: { ...headers, 'idempotency-key': `bench-campaign-${Date.now()}` },
    body: JSON.stringify({
      title: 'Бенчмарк кампании',
      measureId: measure.id,
      municipalityId: municipality.id,
      criterion: { kind: 'POVERTY_BELOW' },
      batchSize: 100,
      pauseBetweenBatchesMs: 0,
    }),
  });
  if (res.status !== 201) throw new Error(`campaign launch failed: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  for (;;) {
    const campaign = await prisma.campaign.findUniqueOrThrow({ where: { id } });
    if (campaign.status === 'COMPLETED') break;
    if (campaign.status === 'CANCELLED') throw new Error('the bench campaign was cancelled');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const ms = performance.now() - started;
  const needs = await prisma.need.count({
    where: { id: { in: (await prisma.campaignNeed.findMany({ where: { campaignId: id } })).map((n) => n.needId) } },
  });
  if (needs !== opts.households) throw new Error(`the campaign opened ${needs} needs for ${opts.households} households`);
  return { needs, ms, needsPerSecond: (needs / ms) * 1000 };
}
