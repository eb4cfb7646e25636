import { demoUsers } from '../../prisma/seed/data/demoUsers';
import { MUNICIPALITIES } from '../../prisma/seed/data/municipalities';
import { ORGANISATIONS } from '../../prisma/seed/data/organisations';
import { textProblem } from '../../shared/schemas/text';

describe('the demo users', () => {
  const users = demoUsers(
    ORGANISATIONS.map((o) => o.code),
    MUNICIPALITIES.map((m) => m.code),
  );

  it('are people, each with their own full name (surname, first name, patronymic), whatever the order of the codes', () => {
    expect(new Set(users.map((u) => u.fullName)).size).toBe(users.length);
    for (const { fullName } of users) {
      expect([fullName, fullName.split(' ').length, textProblem(fullName, 'name')]).toEqual([fullName, 3, null]);
      expect(fullName).not.toMatch(/Оператор|Исполнитель|Руководитель|[A-Z]{3}/);
    }
    const reversed = demoUsers(ORGANISATIONS.map((o) => o.code).reverse(), MUNICIPALITIES.map((m) => m.code).reverse());
    expect(reversed).toEqual(expect.arrayContaining(users));
    expect(users.find((u) => u.username === 'operator.samara')?.fullName).toBe('Новикова Елена Александровна');
  });
});
