/** Lays a family out as a graph: one row per generation, oldest on top, relatives as typed edges. */

export type RelationKind = 'SPOUSE' | 'PARENT' | 'CHILD' | 'SIBLING' | 'GUARDIAN' | 'WARD' | 'OTHER';

export interface FamilyPerson {
  id: string;
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate: string;
}

export interface FamilyRelation {
  id: string;
  fromPersonId: string;
  toPersonId: string;
  kind: RelationKind;
}

export interface PlacedPerson {
  person: FamilyPerson;
  generation: number;
  x: number;
  y: number;
}

/** One edge per related pair, drawn from the elder side (parent → child, guardian → ward). */
export interface FamilyEdge {
  id: string;
  source: string;
  target: string;
  kind: Exclude<RelationKind, 'CHILD' | 'WARD'>;
  /** The stored link this edge stands for, to unlink it. */
  relationId: string;
}

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 64;
export const COLUMN_GAP = 90;
export const ROW_HEIGHT = 130;

/** How many generations below `from` the other person is, for each kind of link "from is <kind> of to". */
const GENERATION_STEP: Record<RelationKind, number> = { PARENT: 1, GUARDIAN: 1, CHILD: -1, WARD: -1, SPOUSE: 0, SIBLING: 0, OTHER: 0 };

function generations(persons: FamilyPerson[], relations: FamilyRelation[]): Map<string, number> {
  const generation = new Map<string, number>();
  const byOldest = [...persons].sort((a, b) => a.birthDate.localeCompare(b.birthDate));
  for (const root of byOldest) {
    if (generation.has(root.id)) continue;
    generation.set(root.id, 0);
    const queue = [root.id];
    while (queue.length > 0) {
      const current = queue.shift() as string;
      for (const link of relations.filter((r) => r.fromPersonId === current)) {
        if (generation.has(link.toPersonId)) continue;
        generation.set(link.toPersonId, (generation.get(current) as number) + GENERATION_STEP[link.kind]);
        queue.push(link.toPersonId);
      }
    }
  }
  const top = Math.min(0, ...generation.values());
  for (const [id, g] of generation) generation.set(id, g - top);
  return generation;
}

const ELDER_KIND: Record<'CHILD' | 'WARD', FamilyEdge['kind']> = { CHILD: 'PARENT', WARD: 'GUARDIAN' };

/** The pair's link read forwards ("parent of"), whichever of its two stored directions came first. */
function forwardEdge(link: FamilyRelation, reverse: FamilyRelation | undefined): Omit<FamilyEdge, 'id'> {
  if (link.kind !== 'CHILD' && link.kind !== 'WARD')
    return { source: link.fromPersonId, target: link.toPersonId, kind: link.kind, relationId: link.id };
  if (reverse && reverse.kind !== 'CHILD' && reverse.kind !== 'WARD')
    return { source: reverse.fromPersonId, target: reverse.toPersonId, kind: reverse.kind, relationId: reverse.id };
  return { source: link.toPersonId, target: link.fromPersonId, kind: ELDER_KIND[link.kind], relationId: link.id };
}

export function familyLayout(persons: FamilyPerson[], relations: FamilyRelation[]): { nodes: PlacedPerson[]; edges: FamilyEdge[] } {
  const known = new Set(persons.map((p) => p.id));
  const links = relations.filter((r) => known.has(r.fromPersonId) && known.has(r.toPersonId));
  const generation = generations(persons, links);

  const rows = new Map<number, FamilyPerson[]>();
  for (const person of [...persons].sort((a, b) => a.birthDate.localeCompare(b.birthDate))) {
    const g = generation.get(person.id) ?? 0;
    rows.set(g, [...(rows.get(g) ?? []), person]);
  }
  const widest = Math.max(1, ...[...rows.values()].map((row) => row.length));
  const nodes = [...rows.entries()].flatMap(([g, row]) => {
    const offset = ((widest - row.length) * (NODE_WIDTH + COLUMN_GAP)) / 2;
    return row.map((person, i) => ({ person, generation: g, x: offset + i * (NODE_WIDTH + COLUMN_GAP), y: g * ROW_HEIGHT }));
  });

  const seen = new Set<string>();
  const edges: FamilyEdge[] = [];
  for (const link of links) {
    const pair = [link.fromPersonId, link.toPersonId].sort().join('|');
    if (seen.has(pair)) continue;
    seen.add(pair);
    const reverse = links.find((r) => r.fromPersonId === link.toPersonId && r.toPersonId === link.fromPersonId);
    edges.push({ id: pair, ...forwardEdge(link, reverse) });
  }
  return { nodes, edges };
}
