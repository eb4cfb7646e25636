import { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import { USER_ROLES } from '../../shared/domain';
import { nonEmptyText, uuidSchema, z } from '../../shared/schemas/zod';
import { hashPassword, passwordPolicy } from '../auth/passwords';
import { HttpError, notFound, unprocessable } from '../http/errors';

const userFields = {
  fullName: nonEmptyText(200),
  email: z.email({ error: 'Неверный адрес электронной почты' }).nullable().optional(),
  role: z.enum(USER_ROLES, { error: 'Выберите роль' }),
  organisationId: uuidSchema.nullable().optional(),
  municipalityId: uuidSchema.nullable().optional(),
};

export const userCreateSchema = z
  .object({
    username: z
      .string()
      .trim()
      .regex(/^[a-z0-9._-]{3,60}$/, { error: 'Имя пользователя: 3–60 латинских букв, цифр, . _ -' }),
    password: z.string(),
    ...userFields,
  })
  .openapi('UserCreate');
export const userUpdateSchema = z
  .object({ ...userFields, active: z.boolean(), password: z.string() })
  .partial()
  .strict()
  .openapi('UserUpdate');

const publicUser = {
  id: true,
  username: true,
  fullName: true,
  email: true,
  role: true,
  organisationId: true,
  municipalityId: true,
  active: true,
} as const;

/** Operators belong to a municipality, organisation staff to an organisation; others to neither. */
function placement(role: string, organisationId?: string | null, municipalityId?: string | null): Record<string, string> {
  if (role === 'OPERATOR' && !municipalityId) return { municipalityId: 'Оператор должен быть привязан к муниципалитету' };
  if (['EXECUTOR', 'SUPERVISOR'].includes(role) && !organisationId)
    return { organisationId: 'Сотрудник должен быть привязан к организации' };
  return {};
}

function checkedPassword(username: string, password: string): string {
  const result = passwordPolicy(username).safeParse(password);
  if (!result.success) throw unprocessable({ password: result.error.issues[0].message });
  return password;
}

/** User administration (admins only, by the route rules): accounts, roles, placement, passwords. */
export function createUserAdmin(prisma: PrismaClient) {
  return {
    async create(input: z.infer<typeof userCreateSchema>) {
      const fields = placement(input.role, input.organisationId, input.municipalityId);
      if (Object.keys(fields).length > 0) throw unprocessable(fields);
      const passwordHash = await hashPassword(checkedPassword(input.username, input.password));
      const { password: _password, ...data } = input;
      try {
        return await prisma.user.create({ data: { ...data, passwordHash }, select: publicUser });
      } catch (err) {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
          throw new HttpError(409, 'CONFLICT', 'Такое имя пользователя уже занято', { username: 'Такое имя пользователя уже занято' });
        }
        throw err;
      }
    },

    async get(id: string) {
      const user = await prisma.user.findUnique({ where: { id }, select: publicUser });
      if (!user) throw notFound('Пользователь');
      return user;
    },

    async update(id: string, input: z.infer<typeof userUpdateSchema>) {
      const before = await prisma.user.findUnique({ where: { id }, select: publicUser });
      if (!before) throw notFound('Пользователь');
      const merged = { ...before, ...input };
      const fields = placement(merged.role, merged.organisationId, merged.municipalityId);
      if (Object.keys(fields).length > 0) throw unprocessable(fields);
      const { password, ...data } = input;
      const passwordHash = password === undefined ? undefined : await hashPassword(checkedPassword(before.username, password));
      const after = await prisma.user.update({
        where: { id },
        data: { ...data, ...(passwordHash ? { passwordHash, failedLogins: 0, lockedUntil: null } : {}) },
        select: publicUser,
      });
      // A deactivated account or a changed role ends its sessions at once.
      if (input.active === false || (input.role && input.role !== before.role) || passwordHash) {
        await prisma.session.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } });
      }
      return { before, after, passwordChanged: Boolean(passwordHash) };
    },
  };
}
