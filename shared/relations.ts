import type { RelationKind } from './domain';

/** The kind of the same link seen from the other person: links are stored in both directions. */
const INVERSE: Record<RelationKind, RelationKind> = {
  SPOUSE: 'SPOUSE',
  SIBLING: 'SIBLING',
  OTHER: 'OTHER',
  PARENT: 'CHILD',
  CHILD: 'PARENT',
  GUARDIAN: 'WARD',
  WARD: 'GUARDIAN',
};

export const inverseRelation = (kind: RelationKind): RelationKind => INVERSE[kind];
