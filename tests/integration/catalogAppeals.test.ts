import ExcelJS from 'exceljs';
import { parse, validate } from 'fast-xml-parser';
import { createSessionService } from '../../api/auth/sessions';
import { localDate } from '../../shared/calendar/workingDays';
import { validateEgissoFact } from '../../shared/egisso/facts';
import { needWorkflowId } from '../../shared/needCase';
import type { NeedCaseInput } from '../../shared/needCase';
import { binaryBody } from '../support/binaryBody';
import { measureByCode, nextSnils, registerPerson, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

/**
 * The register (issue 13) through the real API, PostgreSQL, Temporal server and worker: admins change
 * the catalog under versions and audit while running cases keep their policy, a subordinate body works
 * its parent's cases in its own municipalities only.
 */
let system: TestSystem;
let admin: string;
let operator: string;
let otherOperator: string;

beforeAll(async () => {
  system = await startTestSystem();
  admin = await userId(system.prisma, 'admin');
  operator = await userId(system.prisma, 'operator.samara');
  otherOperator = await userId(system.prisma, 'operator.tolyatti');
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

const register = async (as: string, personId: string, measureId: string) => {
  const res = await system.as(as).post('/api/needs').send({ personId, measureId, description: 'Реестр' });
  expect(res.status).toBe(201);
  return res.body as {
    id: string;
    resolveDueAt: string;
    requiredDocuments: { code: string }[];
    measureVersion: number | null;
    organisation: { id: string };
  };
};

/** The policy the case's workflow was started with, read from its first history event. */
async function startedPolicy(needId: string) {
  const history = await system.temporal.workflow.getHandle(needWorkflowId(needId)).fetchHistory();
  const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
  const payload = started?.input?.payloads?.[0]?.data;
  return (JSON.parse(Buffer.from(payload as Uint8Array).toString('utf8')) as NeedCaseInput).policy;
}

const measureBody = (m: Awaited<ReturnType<typeof measureByCode>>) => ({
  code: m.code,
  name: m.name,
  kind: m.kind,
  description: m.description,
  organisationId: m.organisationId,
  acceptWorkingDays: m.acceptWorkingDays,
  resolveWorkingDays: m.resolveWorkingDays,
  reminderWorkingDaysBefore: m.reminderWorkingDaysBefore,
  requiredDocuments: m.requiredDocuments,
  relevantPassportSections: m.relevantPassportSections,
  active: m.active,
});

describe('catalog administration', () => {
  it('keeps every version of a changed measure, audits before/after; running cases keep their policy, new cases take the new one', async () => {
    const measure = await measureByCode(system.prisma, 'EDU_KINDERGARTEN');
    const person = await registerPerson(system, 'operator.samara', 'Версиина');
    const before = await register(operator, person, measure.id);

    const changed = {
      ...measureBody(measure),
      resolveWorkingDays: measure.resolveWorkingDays + 20,
      requiredDocuments: [...(measure.requiredDocuments as object[]), { code: 'birth_certificate', name: 'Свидетельство о рождении' }],
    };
    const put = await system.as(admin).put(`/api/support-measures/${measure.id}`).send(changed);
    expect(put.status).toBe(200);
    expect(put.body.version).toBe(2);
    expect((await system.as(operator).put(`/api/support-measures/${measure.id}`).send(changed)).status).toBe(403);

    const after = await register(operator, person, measure.id);
    // The running case: deadlines, documents and the workflow input of version 1.
    expect(before.measureVersion).toBe(1);
    expect(before.requiredDocuments.map((d) => d.code)).not.toContain('birth_certificate');
    expect((await startedPolicy(before.id)).resolveWorkingDays).toBe(measure.resolveWorkingDays);
    const again = await system.as(operator).get(`/api/needs/${before.id}`);
    expect(again.body.requiredDocuments.map((d: { code: string }) => d.code)).not.toContain('birth_certificate');
    // The new case: version 2.
    expect(after.measureVersion).toBe(2);
    expect(after.requiredDocuments.map((d) => d.code)).toContain('birth_certificate');
    expect((await startedPolicy(after.id)).resolveWorkingDays).toBe(measure.resolveWorkingDays + 20);
    expect((await startedPolicy(after.id)).requiredDocuments).toContain('birth_certificate');
    expect(new Date(after.resolveDueAt).getTime()).toBeGreaterThan(new Date(before.resolveDueAt).getTime());

    const history = await system
      .as(admin)
      .get('/api/catalog-history')
      .query({ filter: JSON.stringify({ entity: 'SupportMeasure', entityId: measure.id }) });
    expect(history.status).toBe(200);
    expect(history.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(history.body[0].changes.map((c: { field: string }) => c.field).sort()).toEqual([
      'requiredDocuments',
      'resolveWorkingDays',
      'version',
    ]);
    expect(history.body[0].changedById).toBe(admin);

    const entry = await system.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'SupportMeasure', entityId: measure.id, action: 'UPDATE' },
    });
    expect(entry.actorId).toBe(admin);
    expect((entry.changes as Record<string, { before: unknown; after: unknown }>).resolveWorkingDays).toEqual({
      before: measure.resolveWorkingDays,
      after: measure.resolveWorkingDays + 20,
    });
  }, 60_000);

  it('starts new cases with a changed escalation chain and keeps the old chain in running ones', async () => {
    const measure = await measureByCode(system.prisma, 'EDU_KINDERGARTEN');
    const person = await registerPerson(system, 'operator.samara', 'Цепочкина');
    const before = await register(operator, person, measure.id);
    const chain = {
      levels: [
        { target: 'ASSIGNEE', afterWorkingDays: 0, title: 'Исполнитель' },
        { target: 'REGIONAL_COORDINATOR', afterWorkingDays: 1, title: 'Координатор сразу' },
      ],
    };
    const put = await system.as(admin).put('/api/escalation-chain').send(chain);
    expect(put.status).toBe(200);
    expect(put.body.version).toBe(2);
    const after = await register(operator, person, measure.id);
    expect((await startedPolicy(before.id)).escalationChain).toHaveLength(3);
    expect((await startedPolicy(after.id)).escalationChain.map((l) => [l.target, l.afterWorkingDays])).toEqual([
      ['ASSIGNEE', 0],
      ['REGIONAL_COORDINATOR', 1],
    ]);
    const history = await system
      .as(admin)
      .get('/api/catalog-history')
      .query({ filter: JSON.stringify({ entity: 'EscalationChain' }) });
    expect(history.body[1].data.levels).toHaveLength(3);
  }, 60_000);

  it('refuses a rejection reason an admin took out of use and offers the renamed ones', async () => {
    const put = await system
      .as(admin)
      .put('/api/rejection-reasons/NOT_REACHABLE')
      .send({ name: 'Гражданин не отвечает', active: false, position: 5 });
    expect(put.status).toBe(200);
    const list = await system.as(operator).get('/api/rejection-reasons');
    expect(list.body.find((r: { code: string }) => r.code === 'NOT_REACHABLE')).toMatchObject({
      name: 'Гражданин не отвечает',
      active: false,
    });
    const person = await registerPerson(system, 'operator.samara', 'Отказова');
    const measure = await measureByCode(system.prisma, 'EDU_KINDERGARTEN');
    const need = await register(operator, person, measure.id);
    const executor = await system.prisma.user.findFirstOrThrow({ where: { role: 'SUPERVISOR', organisationId: measure.organisationId } });
    const res = await system.as(executor.id).post(`/api/needs/${need.id}/reject`).send({ reason: 'NOT_REACHABLE', comment: 'нет' });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.reason).toMatch(/больше не используется/);
  }, 60_000);
});

describe('subordinate organisations', () => {
  it('let a subordinate body work its parent’s cases in its own municipalities, and nothing beyond them', async () => {
    const measure = await measureByCode(system.prisma, 'EDU_KINDERGARTEN');
    const samara = await system.prisma.municipality.findUniqueOrThrow({ where: { code: 'samara' } });
    const created = await system
      .as(admin)
      .post('/api/organisations')
      .send({
        code: 'GKU_SAMARA_EDU',
        name: 'ГКУ «Ресурсный центр образования г. о. Самара»',
        shortName: 'РЦО Самара',
        kind: 'DEPARTMENT',
        email: 'rco@samregion.example',
        parentId: measure.organisationId,
        scopeMunicipalityIds: [samara.id],
      });
    expect(created.status).toBe(201);
    const user = await system.prisma.user.create({
      data: { username: 'executor.rco', fullName: 'Исполнитель РЦО', role: 'EXECUTOR', organisationId: created.body.id },
    });
    const token = (await createSessionService(system.prisma, system.config).issue(user, '127.0.0.1')).accessToken;
    const asSubordinate = (url: string) => system.as(admin).get(url).set('Authorization', `Bearer ${token}`);

    const inScope = await register(operator, await registerPerson(system, 'operator.samara', 'Самарская'), measure.id);
    const outOfScope = await register(otherOperator, await registerPerson(system, 'operator.tolyatti', 'Тольяттинская'), measure.id);

    const seen = await asSubordinate(`/api/needs/${inScope.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.allowedActions).toContain('claim');
    expect((await asSubordinate(`/api/needs/${outOfScope.id}`)).status).toBe(404);
    const queue = await asSubordinate('/api/queue?range=[0,99]');
    const ids = queue.body.map((n: { id: string }) => n.id);
    expect(ids).toContain(inScope.id);
    expect(ids).not.toContain(outOfScope.id);

    const claim = await system.as(admin).post(`/api/needs/${inScope.id}/claim`).set('Authorization', `Bearer ${token}`).send({});
    expect(claim.status).toBe(200);
    expect(claim.body.assigneeId).toBe(user.id);
    const foreign = await system.as(admin).post(`/api/needs/${outOfScope.id}/claim`).set('Authorization', `Bearer ${token}`).send({});
    expect(foreign.status).toBe(404);
  }, 60_000);
});

/** A two-member family of the operator's municipality, through the API. */
async function family(operatorUsername: string, surname: string) {
  const user = await system.prisma.user.findUniqueOrThrow({ where: { username: operatorUsername } });
  const member = (key: string, firstName: string, birthDate: string, sex: string) => ({
    key,
    lastName: surname,
    firstName,
    birthDate,
    sex,
    snils: nextSnils(),
  });
  const res = await system
    .as(user.id)
    .post('/api/passports')
    .send({
      household: { municipalityId: user.municipalityId, address: 'г. Самара, ул. Окна, 1' },
      persons: [member('m', 'Анна', '1988-02-03', 'FEMALE'), member('c', 'Олег', '2016-05-06', 'MALE')],
      relations: [{ from: 'm', to: 'c', kind: 'PARENT' }],
    });
  expect(res.status).toBe(201);
  const persons = await system.prisma.person.findMany({ where: { householdId: res.body.id }, orderBy: { birthDate: 'asc' } });
  return { householdId: res.body.id as string, mother: persons[0].id, child: persons[1].id };
}

describe('single-window appeals', () => {
  it('registers several needs of a family across organisations at once, prints the receipt and applications, and follows its needs', async () => {
    const f = await family('operator.samara', 'Окнова');
    const [kindergarten, aid] = await Promise.all([
      measureByCode(system.prisma, 'EDU_KINDERGARTEN'),
      measureByCode(system.prisma, 'SOC_ONE_TIME_AID'),
    ]);
    const body = {
      householdId: f.householdId,
      applicantId: f.mother,
      needs: [
        { personId: f.child, measureId: kindergarten.id, description: 'Место в детском саду' },
        { personId: f.mother, measureId: aid.id, description: 'Единовременная помощь' },
        { personId: f.child, measureId: aid.id, description: 'Помощь на ребёнка' },
      ],
    };
    const res = await system.as(operator).post('/api/appeals').set('Idempotency-Key', 'appeal-1').send(body);
    expect(res.status).toBe(201);
    expect(res.body.number).toMatch(/^ЕО-\d{6}$/);
    expect(res.body.status).toBe('IN_PROGRESS');
    expect(res.body.needs).toHaveLength(3);
    expect(new Set(res.body.needs.map((n: { organisation: { id: string } }) => n.organisation.id))).toEqual(
      new Set([kindergarten.organisationId, aid.organisationId]),
    );
    expect(res.body.needs.every((n: { status: string }) => n.status === 'ASSIGNED')).toBe(true);

    const again = await system.as(operator).post('/api/appeals').set('Idempotency-Key', 'appeal-1').send(body);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(res.body.id);
    expect(await system.prisma.need.count({ where: { person: { householdId: f.householdId } } })).toBe(3);

    const receipt = await system.as(operator).get(`/api/appeals/${res.body.id}/receipt.pdf`);
    expect(receipt.status).toBe(200);
    expect(receipt.headers['content-type']).toMatch(/application\/pdf/);
    expect(receipt.headers['content-disposition']).toContain(encodeURIComponent(res.body.number));
    expect(Buffer.from(receipt.body).subarray(0, 5).toString()).toBe('%PDF-');
    const application = await system.as(operator).get(`/api/needs/${res.body.needs[0].needId}/application.pdf`);
    expect(application.status).toBe(200);
    expect(await system.prisma.auditLog.count({ where: { entity: 'Appeal', entityId: res.body.id, action: 'PRINT' } })).toBe(1);

    expect((await system.as(otherOperator).get(`/api/appeals/${res.body.id}`)).status).toBe(404);
    for (const need of res.body.needs) {
      expect((await system.as(operator).post(`/api/needs/${need.needId}/cancel`).send({ reason: 'Семья переехала' })).status).toBe(200);
    }
    const closed = await system.as(operator).get(`/api/appeals/${res.body.id}`);
    expect(closed.body.status).toBe('NOT_RESOLVED');
    expect(closed.body.needs.map((n: { status: string }) => n.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
  }, 60_000);

  it('refuses an appeal naming someone outside the family, and registers nothing', async () => {
    const f = await family('operator.samara', 'Чужова');
    const stranger = await registerPerson(system, 'operator.samara', 'Посторонняя');
    const measure = await measureByCode(system.prisma, 'SOC_ONE_TIME_AID');
    const res = await system
      .as(operator)
      .post('/api/appeals')
      .send({
        householdId: f.householdId,
        applicantId: f.mother,
        needs: [{ personId: stranger, measureId: measure.id, description: 'x' }],
      });
    expect(res.status).toBe(422);
    expect(res.body.error.fields['needs.0.personId']).toBeDefined();
    expect(await system.prisma.appeal.count({ where: { householdId: f.householdId } })).toBe(0);
  });
});

describe('EGISSO export', () => {
  it('exports the facts of provided support of an organisation in the documented structure, valid against the shipped schema, and audits it', async () => {
    const org = await system.prisma.organisation.findUniqueOrThrow({ where: { code: 'MINSPORT' } });
    // A measure with no required documents, added by the admin, so the case can be resolved at once.
    const created = await system.as(admin).post('/api/support-measures').send({
      code: 'SPORT_EGISSO_TEST',
      name: 'Абонемент в бассейн',
      kind: 'SPORT',
      organisationId: org.id,
      acceptWorkingDays: 2,
      resolveWorkingDays: 10,
      reminderWorkingDaysBefore: 1,
    });
    expect(created.status).toBe(201);
    const mapped = await system
      .as(admin)
      .put(`/api/egisso-mappings/${created.body.id}`)
      .send({ egissoCode: '2044', form: 'SERVICE', amount: '12', unitCode: '796', unitName: 'шт' });
    expect(mapped.status).toBe(200);

    const person = await registerPerson(system, 'operator.samara', 'Егиссова');
    const need = await register(operator, person, created.body.id);
    const supervisor = await system.prisma.user.findFirstOrThrow({ where: { role: 'SUPERVISOR', organisationId: org.id } });
    expect((await system.as(supervisor.id).post(`/api/needs/${need.id}/accept`).send({})).status).toBe(200);
    const today = localDate(new Date());
    const resolved = await system
      .as(supervisor.id)
      .post(`/api/needs/${need.id}/resolve`)
      .send({ supportDate: today, report: 'Выдан абонемент' });
    expect(resolved.status).toBe(200);

    const coordinator = await userId(system.prisma, 'coordinator');
    const res = await system
      .as(coordinator)
      .get('/api/egisso/facts.xml')
      .query({ organisationId: org.id, from: today, to: today })
      .buffer(true)
      .parse((r, done) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString('utf8')));
        r.on('end', () => done(null, text));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/xml/);
    const xml = res.body as string;
    expect(validate(xml)).toBe(true);
    const parsed = parse(xml, { ignoreAttributes: false, attributeNamePrefix: '', parseNodeValue: false, parseAttributeValue: false });
    expect(parsed.data.oszCode).toBe('MINSPORT');
    const facts = [parsed.data.elements.fact].flat();
    expect(facts).toHaveLength(1);
    for (const fact of facts) expect(validateEgissoFact(fact) ? [] : validateEgissoFact.errors).toEqual([]);
    expect(facts[0]).toMatchObject({
      uuid: need.id,
      kmszCode: '2044',
      lmszId: 'SPORT_EGISSO_TEST',
      mszReceiver: { FamilyName: 'Егиссова', Gender: 'Female', BirthDate: '1985-04-12' },
      dateStart: today,
      assignmentInfo: { serviceForm: { amount: '12', measuryCode: '796', measuryName: 'шт' } },
    });
    expect(facts[0].mszReceiver.SNILS).toMatch(/^\d{11}$/);

    const entry = await system.prisma.auditLog.findFirstOrThrow({ where: { action: 'EXPORT', entity: 'EgissoFacts', entityId: org.id } });
    expect(entry.actorId).toBe(coordinator);
    expect(entry.changes).toMatchObject({ facts: 1, from: today, to: today });
    const otherSupervisor = await system.prisma.user.findFirstOrThrow({ where: { role: 'SUPERVISOR', NOT: { organisationId: org.id } } });
    const foreign = await system
      .as(otherSupervisor.id)
      .get('/api/egisso/facts.xml')
      .query({ organisationId: org.id, from: today, to: today });
    expect(foreign.status).toBe(403);
  }, 60_000);
});

describe('printable lists', () => {
  it('prints needs filtered by status and organisation as XLSX and A4-landscape PDF with the filters on them, audited', async () => {
    const coordinator = await userId(system.prisma, 'coordinator');
    const minobr = await system.prisma.organisation.findUniqueOrThrow({ where: { code: 'MINOBR' } });
    const person = await registerPerson(system, 'operator.samara', 'Списочная');
    const need = await register(operator, person, (await measureByCode(system.prisma, 'EDU_KINDERGARTEN')).id);
    expect((await system.as(operator).post(`/api/needs/${need.id}/cancel`).send({ reason: 'Передумали' })).status).toBe(200);
    const query = { status: 'CANCELLED', organisationId: minobr.id };
    const xlsx = await system.as(coordinator).get('/api/lists/needs.xlsx').query(query).buffer(true).parse(binaryBody);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const sheet = workbook.worksheets[0];
    const values = Array.from(sheet.getSheetValues(), (row) => (Array.isArray(row) ? row.slice(1).map(String) : []));
    expect(values).toContainEqual(['Статус', 'Отозвано']);
    expect(values).toContainEqual(['Организация', 'Минобрнауки']);
    const header = values.findIndex((r) => r[0] === 'Дело');
    const rows = values.slice(header + 1).filter((r) => r.length > 0);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[5] === 'Отозвано' && r[3] === 'Минобрнауки')).toBe(true);
    const cancelled = await system.prisma.need.count({ where: { status: 'CANCELLED', organisationId: minobr.id } });
    expect(rows).toHaveLength(cancelled);

    const pdf = await system.as(coordinator).get('/api/lists/needs.pdf').query(query).buffer(true).parse(binaryBody);
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    expect(await system.prisma.auditLog.count({ where: { action: 'EXPORT', entity: 'Need', actorId: coordinator } })).toBe(2);
  });

  it('prints the register of families of the operator’s own municipality only', async () => {
    await family('operator.samara', 'Самарова');
    const f = await family('operator.tolyatti', 'Реестрова');
    const xlsx = await system.as(operator).get('/api/lists/families.xlsx').buffer(true).parse(binaryBody);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const text = JSON.stringify(workbook.worksheets[0].getSheetValues());
    expect(text).toContain('Самара');
    const tolyatti = await system.prisma.household.findUniqueOrThrow({ where: { id: f.householdId }, include: { municipality: true } });
    expect(text).not.toContain(tolyatti.municipality.name);
    const pdf = await system.as(otherOperator).get('/api/lists/families.pdf').buffer(true).parse(binaryBody);
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
