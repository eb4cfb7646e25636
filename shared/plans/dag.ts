/** A control point as the graph sees it: its key, how long it takes, and what must be done before it. */
export interface PlanNode {
  key: string;
  durationWorkingDays: number;
  predecessors: string[];
}

export type PlanGraphProblem =
  | { kind: 'DUPLICATE_KEY'; key: string }
  | { kind: 'UNKNOWN_PREDECESSOR'; key: string; predecessor: string }
  | { kind: 'SELF_LINK'; key: string }
  | { kind: 'CYCLE'; cycle: string[] };

/** One cycle of the predecessor links, as a path that returns to its first point, or null when there is none. */
export function findCycle(nodes: readonly PlanNode[]): string[] | null {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const state = new Map<string, 'VISITING' | 'DONE'>();
  const stack: string[] = [];
  const visit = (key: string): string[] | null => {
    if (state.get(key) === 'DONE') return null;
    if (state.get(key) === 'VISITING') return [...stack.slice(stack.indexOf(key)), key];
    state.set(key, 'VISITING');
    stack.push(key);
    for (const p of byKey.get(key)?.predecessors ?? []) {
      const cycle = visit(p);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(key, 'DONE');
    return null;
  };
  for (const n of nodes) {
    const cycle = visit(n.key);
    // Found walking predecessors; reversed, it reads in the order the work would flow.
    if (cycle) return cycle.reverse();
  }
  return null;
}

/** What is wrong with a plan's links, first problem first; null for a valid DAG. */
export function planGraphProblem(nodes: readonly PlanNode[]): PlanGraphProblem | null {
  const keys = new Set<string>();
  for (const n of nodes) {
    if (keys.has(n.key)) return { kind: 'DUPLICATE_KEY', key: n.key };
    keys.add(n.key);
  }
  for (const n of nodes) {
    for (const p of n.predecessors) {
      if (p === n.key) return { kind: 'SELF_LINK', key: n.key };
      if (!keys.has(p)) return { kind: 'UNKNOWN_PREDECESSOR', key: n.key, predecessor: p };
    }
  }
  const cycle = findCycle(nodes);
  return cycle ? { kind: 'CYCLE', cycle } : null;
}

/** The problem in words for the person who drew the plan (Russian, shown in a 422). */
export function describeProblem(problem: PlanGraphProblem, nameOf: (key: string) => string = (k) => k): string {
  switch (problem.kind) {
    case 'DUPLICATE_KEY':
      return `Контрольная точка «${nameOf(problem.key)}» указана дважды`;
    case 'SELF_LINK':
      return `Контрольная точка «${nameOf(problem.key)}» не может предшествовать самой себе`;
    case 'UNKNOWN_PREDECESSOR':
      return `У точки «${nameOf(problem.key)}» указана несуществующая предшествующая точка «${problem.predecessor}»`;
    case 'CYCLE':
      return `Связи точек образуют цикл: ${problem.cycle.map((k) => `«${nameOf(k)}»`).join(' → ')}`;
  }
}

/** The points in an order where every predecessor comes before its successors (stable: ties keep the given order). */
export function topologicalOrder(nodes: readonly PlanNode[]): string[] {
  const done = new Set<string>();
  const order: string[] = [];
  while (order.length < nodes.length) {
    const next = nodes.find((n) => !done.has(n.key) && n.predecessors.every((p) => done.has(p)));
    if (!next) throw new Error('the plan has a cycle');
    done.add(next.key);
    order.push(next.key);
  }
  return order;
}

export interface CriticalPath {
  /** Working days from the plan's start to each point's earliest start and finish. */
  earliestStart: Record<string, number>;
  earliestFinish: Record<string, number>;
  /** Working days each point can slip without moving the plan's end; 0 on the critical path. */
  slack: Record<string, number>;
  /** The longest chain of points, first to last. */
  path: string[];
  totalWorkingDays: number;
}

/** The critical path method on working-day durations: forward pass, backward pass, slack. */
export function criticalPath(nodes: readonly PlanNode[]): CriticalPath {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const order = topologicalOrder(nodes);
  const earliestStart: Record<string, number> = {};
  const earliestFinish: Record<string, number> = {};
  for (const key of order) {
    const node = byKey.get(key)!;
    earliestStart[key] = Math.max(0, ...node.predecessors.map((p) => earliestFinish[p]));
    earliestFinish[key] = earliestStart[key] + node.durationWorkingDays;
  }
  const totalWorkingDays = Math.max(0, ...Object.values(earliestFinish));
  const latestFinish: Record<string, number> = {};
  for (const key of [...order].reverse()) {
    const successors = nodes.filter((n) => n.predecessors.includes(key));
    latestFinish[key] = Math.min(totalWorkingDays, ...successors.map((s) => latestFinish[s.key] - s.durationWorkingDays));
  }
  const slack = Object.fromEntries(order.map((k) => [k, latestFinish[k] - earliestFinish[k]]));
  const path: string[] = [];
  let current = order.find((k) => slack[k] === 0 && byKey.get(k)!.predecessors.length === 0 && earliestFinish[k] >= 0);
  while (current) {
    path.push(current);
    const from: string = current;
    current = order.find((k) => slack[k] === 0 && byKey.get(k)!.predecessors.includes(from) && earliestStart[k] === earliestFinish[from]);
  }
  return { earliestStart, earliestFinish, slack, path, totalWorkingDays };
}
