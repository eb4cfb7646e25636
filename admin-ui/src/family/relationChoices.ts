import type { RelationKind } from './familyLayout';

/** Kinds an operator picks when linking relatives: "the new person is <kind> of the selected one". */
export const RELATION_KINDS: RelationKind[] = ['SPOUSE', 'PARENT', 'CHILD', 'SIBLING', 'GUARDIAN', 'WARD', 'OTHER'];

export const relationChoices = RELATION_KINDS.map((id) => ({ id, name: `app.relation.kind.${id}` }));
