/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FamilyGraph } from '../../admin-ui/src/family/FamilyGraph';
import { familyLayout } from '../../admin-ui/src/family/familyLayout';
import type { FamilyPerson, FamilyRelation, RelationKind } from '../../admin-ui/src/family/familyLayout';
import { renderInWorkspace } from './support/workspace';

const person = (id: string, lastName: string, firstName: string, birthDate: string): FamilyPerson => ({
  id,
  lastName,
  firstName,
  middleName: null,
  birthDate,
});
const grandmother = person('g', 'Ёлкина', 'Зоя', '1950-02-01');
const mother = person('m', 'Ёлкина', 'Анна', '1980-05-10');
const father = person('f', 'Ёлкин', 'Пётр', '1978-03-03');
const son = person('s', 'Ёлкин', 'Илья', '2010-09-01');
const daughter = person('d', 'Ёлкина', 'Вера', '2014-01-20');
const family = [son, father, daughter, mother, grandmother];

let ids = 0;
/** Both stored directions of a link, as the API returns them. */
const link = (from: string, to: string, kind: RelationKind, inverse: RelationKind): FamilyRelation[] => [
  { id: `r${++ids}`, fromPersonId: from, toPersonId: to, kind },
  { id: `r${++ids}`, fromPersonId: to, toPersonId: from, kind: inverse },
];
const relations = [
  ...link('s', 'm', 'CHILD', 'PARENT'),
  ...link('m', 'd', 'PARENT', 'CHILD'),
  ...link('m', 'f', 'SPOUSE', 'SPOUSE'),
  ...link('f', 's', 'PARENT', 'CHILD'),
  ...link('g', 'm', 'PARENT', 'CHILD'),
  ...link('s', 'd', 'SIBLING', 'SIBLING'),
];

describe('family map layout', () => {
  it('puts each generation on its own row, oldest on top, whatever the order of the links', () => {
    const { nodes } = familyLayout(family, relations);
    const row = (id: string) => nodes.find((n) => n.person.id === id)?.generation;
    expect([row('g'), row('m'), row('f'), row('s'), row('d')]).toEqual([0, 1, 1, 2, 2]);
    const y = (id: string) => nodes.find((n) => n.person.id === id)?.y ?? -1;
    expect(y('g')).toBeLessThan(y('m'));
    expect(y('m')).toBeLessThan(y('s'));
  });

  it('draws one edge per related pair, from parent to child', () => {
    const { edges } = familyLayout(family, relations);
    expect(edges).toHaveLength(6);
    expect(edges.filter((e) => e.kind === 'PARENT').map((e) => `${e.source}>${e.target}`)).toEqual(
      expect.arrayContaining(['m>s', 'm>d', 'f>s', 'g>m']),
    );
    expect(edges.some((e) => (e.kind as string) === 'CHILD')).toBe(false);
  });

  it('places members without relatives too', () => {
    const lodger = person('x', 'Жильцов', 'Иван', '1990-01-01');
    const { nodes, edges } = familyLayout([...family, lodger], relations);
    expect(nodes.map((n) => n.person.id)).toContain('x');
    expect(edges).toHaveLength(6);
  });
});

describe('family graph', () => {
  it('shows every person as a node and every relation as a labelled edge; a click selects a person', async () => {
    const onSelect = jest.fn();
    const { container } = renderInWorkspace(<FamilyGraph persons={family} relations={relations} onSelect={onSelect} />);
    await waitFor(() => expect(container.querySelectorAll('.react-flow__node')).toHaveLength(5));
    expect(screen.getByText('Ёлкина Анна')).toBeTruthy();
    // Without a middle name the card shows the birth date alone, with no stray separator.
    expect(screen.getByText('10.05.1980')).toBeTruthy();
    await waitFor(() => expect(container.querySelectorAll('.react-flow__edge')).toHaveLength(6));
    expect(screen.getAllByText('родитель')).toHaveLength(4);
    expect(screen.getByText('супруги')).toBeTruthy();
    fireEvent.click(screen.getByText('Ёлкин Илья'));
    expect(onSelect).toHaveBeenCalledWith('s');
  });
});
