import type { Actor } from '../../shared/needCase';
import { needWorkflowId } from '../../shared/needCase';
import type { CaseActionName } from '../../shared/schemas/need';
import { caseActionSchemas } from '../../shared/schemas/need';
import { CASE_ACTION_UPDATES } from '../../workflows/needCase';
import type { ApiContext } from '../context';
import { unprocessable } from '../http/errors';
import { parseBody } from '../http/validate';
import { withinUpdateDeadline } from './updateDeadline';
import { assigneeOrganisationFor } from '../access/subordinates';
import type { NeedView } from './view';
import { caseActor, findNeed, loadOpenNeed } from './view';

/** Extra facts an action needs that only the database knows; checked before the workflow sees it. */
async function enrich(ctx: ApiContext, action: CaseActionName, body: Record<string, unknown>, need: NeedView) {
  if (action === 'assign') {
    const assignee = await ctx.prisma.user.findUnique({
      where: { id: body.assigneeId as string },
      include: { organisation: { select: { parentId: true, scopeMunicipalityIds: true } } },
    });
    if (!assignee || (assignee.role !== 'EXECUTOR' && assignee.role !== 'SUPERVISOR')) {
      throw unprocessable({ assigneeId: 'Исполнитель не найден' });
    }
    const caseAt = { organisationId: need.organisation.id, municipalityId: need.municipalityId };
    return { ...body, assigneeOrganisationId: assigneeOrganisationFor(assignee, caseAt) };
  }
  if (action === 'reject') {
    const reason = await ctx.prisma.rejectionReason.findUnique({ where: { code: body.reason as string } });
    if (!reason?.active) throw unprocessable({ reason: 'Эта причина отказа больше не используется: выберите другую' });
  }
  if (action === 'reroute') {
    const organisation = await ctx.prisma.organisation.findUnique({ where: { id: body.organisationId as string } });
    if (!organisation) throw unprocessable({ organisationId: 'Организация не найдена' });
  }
  return body;
}

/**
 * Sends one case action to the need's workflow as an Update carrying the acting user and returns
 * the case as the queue now shows it (the workflow writes the projection before it answers).
 */
export async function performCaseAction(
  ctx: ApiContext,
  actor: Actor,
  needId: string,
  action: CaseActionName,
  rawBody: unknown,
): Promise<NeedView> {
  const need = await loadOpenNeed(ctx.prisma, actor, needId);
  const body = parseBody(caseActionSchemas[action], rawBody) as Record<string, unknown>;
  const payload = await enrich(ctx, action, body, need);
  const handle = ctx.temporal.workflow.getHandle(needWorkflowId(needId));
  // The update definitions differ only in payload type; the schema above has checked it.
  const update = CASE_ACTION_UPDATES[action] as (typeof CASE_ACTION_UPDATES)['claim'];
  await withinUpdateDeadline(ctx, () => handle.executeUpdate(update, { args: [{ ...payload, actor: caseActor(actor, need) }] }));
  // Read without the actor's scope: after a reroute by its organisation the case has just left it,
  // and the answer still shows where it went (with nothing left for them to do).
  return (await findNeed(ctx.prisma, actor, needId)) as NeedView;
}
