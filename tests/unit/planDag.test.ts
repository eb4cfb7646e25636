import type { PlanNode } from '../../shared/plans/dag';
import { criticalPath, describeProblem, planGraphProblem, topologicalOrder } from '../../shared/plans/dag';
import { advancePlan } from '../../shared/plans/plan';

const node = (key: string, durationWorkingDays: number, predecessors: string[] = []): PlanNode => ({
  key,
  durationWorkingDays,
  predecessors,
});

// A diamond: search → (training | documents) → work → monitoring.
const diamond = [
  node('search', 5),
  node('training', 10, ['search']),
  node('documents', 3, ['search']),
  node('work', 2, ['training', 'documents']),
  node('monitoring', 20, ['work']),
];

describe('plan graph', () => {
  it('accepts a DAG and orders every predecessor before its successors', () => {
    expect(planGraphProblem(diamond)).toBeNull();
    const order = topologicalOrder([...diamond].reverse());
    for (const n of diamond) for (const p of n.predecessors) expect(order.indexOf(p)).toBeLessThan(order.indexOf(n.key));
  });

  it('refuses a cycle and names it in order of the work', () => {
    const cyclic = [node('a', 1, ['c']), node('b', 1, ['a']), node('c', 1, ['b']), node('d', 1, ['a'])];
    const problem = planGraphProblem(cyclic);
    expect(problem).toEqual({ kind: 'CYCLE', cycle: ['a', 'b', 'c', 'a'] });
    const names: Record<string, string> = { a: 'Поиск работы', b: 'Обучение', c: 'Выход на работу' };
    expect(describeProblem(problem!, (k) => names[k])).toBe(
      'Связи точек образуют цикл: «Поиск работы» → «Обучение» → «Выход на работу» → «Поиск работы»',
    );
  });

  it('refuses a point that precedes itself, an unknown predecessor and a repeated key', () => {
    expect(planGraphProblem([node('a', 1, ['a'])])).toEqual({ kind: 'SELF_LINK', key: 'a' });
    expect(planGraphProblem([node('a', 1, ['x'])])).toEqual({ kind: 'UNKNOWN_PREDECESSOR', key: 'a', predecessor: 'x' });
    expect(planGraphProblem([node('a', 1), node('a', 2)])).toEqual({ kind: 'DUPLICATE_KEY', key: 'a' });
  });

  it('finds the critical path through the longer branch of a diamond, with slack on the shorter one', () => {
    const cpm = criticalPath(diamond);
    expect(cpm.path).toEqual(['search', 'training', 'work', 'monitoring']);
    expect(cpm.totalWorkingDays).toBe(37);
    expect(cpm.earliestStart).toEqual({ search: 0, training: 5, documents: 5, work: 15, monitoring: 17 });
    expect(cpm.slack.documents).toBe(7);
    expect(cpm.slack.training).toBe(0);
  });

  it('takes the longest of several independent chains as the critical one', () => {
    const cpm = criticalPath([node('a', 3), node('b', 4, ['a']), node('c', 10), node('d', 1, ['c'])]);
    expect(cpm.path).toEqual(['c', 'd']);
    expect(cpm.totalWorkingDays).toBe(11);
  });
});

describe('plan rule for successors', () => {
  const chain = (statuses: Record<string, 'WAITING' | 'OPEN' | 'RESOLVED' | 'REJECTED'>) =>
    diamond.map((n) => ({ key: n.key, predecessors: n.predecessors, status: statuses[n.key] ?? 'WAITING' }));

  it('starts the points without predecessors, then a point once all its predecessors are resolved', () => {
    expect(advancePlan(chain({}), 'BLOCK').start).toEqual(['search']);
    expect(advancePlan(chain({ search: 'RESOLVED' }), 'BLOCK').start).toEqual(['training', 'documents']);
    expect(advancePlan(chain({ search: 'RESOLVED', training: 'RESOLVED', documents: 'OPEN' }), 'BLOCK').start).toEqual([]);
  });

  it('BLOCK: a rejected point blocks its successors and theirs, and the plan ends blocked', () => {
    const step = advancePlan(chain({ search: 'RESOLVED', training: 'REJECTED', documents: 'RESOLVED' }), 'BLOCK');
    expect(step.start).toEqual([]);
    expect(step.block).toEqual(['work', 'monitoring']);
    expect(step.status).toBe('BLOCKED');
  });

  it('SKIP: successors of a rejected point go ahead', () => {
    const step = advancePlan(chain({ search: 'RESOLVED', training: 'REJECTED', documents: 'RESOLVED' }), 'SKIP');
    expect(step.start).toEqual(['work']);
    expect(step.block).toEqual([]);
    expect(step.status).toBe('ACTIVE');
  });

  it('completes the plan when every point is closed and none is blocked', () => {
    const all = Object.fromEntries(diamond.map((n) => [n.key, 'RESOLVED' as const]));
    expect(advancePlan(chain(all), 'BLOCK').status).toBe('COMPLETED');
  });
});
