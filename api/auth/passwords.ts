import argon2 from 'argon2';
import { z } from '../../shared/schemas/zod';

/** argon2id with the library's defaults (64 MiB, 3 passes), as OWASP recommends for new systems. */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id });

export const verifyPassword = (hash: string, password: string): Promise<boolean> => argon2.verify(hash, password).catch(() => false);

/** At least 12 characters with letters and digits, and not built from the user name. */
export const passwordPolicy = (username: string) =>
  z
    .string()
    .min(12, { error: 'Пароль не короче 12 символов' })
    .max(200, { error: 'Пароль не длиннее 200 символов' })
    .refine((p) => /\p{L}/u.test(p) && /\d/.test(p), { error: 'Пароль должен содержать буквы и цифры' })
    .refine((p) => !p.toLowerCase().includes(username.toLowerCase()), { error: 'Пароль не должен содержать имя пользователя' });
