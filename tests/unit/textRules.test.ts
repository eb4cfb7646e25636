import { caseActionSchemas, needRegisterSchema } from '../../shared/schemas/need';
import { passportFilterSchema, personUpdateSchema } from '../../shared/schemas/passport';
import { normalizeText, textProblem } from '../../shared/schemas/text';
import type { TextKind } from '../../shared/schemas/text';
import { nonEmptyText } from '../../shared/schemas/zod';
import { userCreateSchema } from '../../api/catalog/users';
import { fileNameProblem } from '../../api/documents/upload';

const refused = (value: string, kind: TextKind) => textProblem(value, kind);

describe('text rules', () => {
  it.each<[string, string, TextKind, RegExp]>([
    ['NUL in a description', 'a\u0000b', 'long', /управляющий символ U\+0000/],
    ['NUL in a name', 'Иван\u0000ов', 'name', /управляющий символ U\+0000/],
    ['a lone high surrogate', '\ud800', 'line', /одиночный суррогат U\+D800/],
    ['a lone low surrogate after text', 'адрес \udc00', 'long', /одиночный суррогат U\+DC00/],
    ['a C1 control character', 'ул.\u0085Ленина', 'line', /управляющий символ U\+0085/],
    ['DEL', 'ул.\u007fЛенина', 'line', /управляющий символ U\+007F/],
    ['a right-to-left override in a name', 'Иванов\u202eвоналеП', 'name', /направлением текста U\+202E/],
    ['a right-to-left override in a comment', 'см. \u202eфайл', 'long', /направлением текста U\+202E/],
    ['a bidi isolate', '\u2066адрес\u2069', 'line', /направлением текста U\+2066/],
    ['a right-to-left mark in a name', 'Иванов\u200f', 'name', /направлением текста U\+200F/],
    ['only zero-width spaces', '\u200b\u200b', 'name', /только из невидимых символов/],
    ['only joiners, BOM and soft hyphens in a comment', '\u200d\ufeff\u00ad\u2060', 'long', /только из невидимых символов/],
    ['an emoji in a surname', 'Иванов😀', 'name', /Недопустимый символ в имени: «😀» \(U\+1F600\)/],
    ['a zero-width space inside a surname', 'Ива\u200bнов', 'name', /Недопустимый символ в имени: \(U\+200B\)/],
    ['a digit in a name', 'Иван4', 'name', /«4»/],
    ['a tab in a name', 'Иван\tов', 'name', /U\+0009 \(табуляция и перенос строки допустимы только в многострочных полях\)/],
    ['a line break in an address', 'г. Самара\nул. Ленина', 'line', /U\+000A/],
    ['a Latin «a» inside a Cyrillic surname', 'Ивaнов', 'name', /смешаны в одном слове: «Ивaнов»/],
    ['a name that starts with a hyphen', '-Иванов', 'name', /начинаться и заканчиваться буквой/],
    ['a Unicode non-character', 'текст\uffff', 'long', /несимвол Юникода U\+FFFF/],
  ])('refuses %s', (_what, value, kind, message) => {
    expect(refused(value, kind)).toMatch(message);
  });

  it.each<[string, TextKind]>([
    ['Петров-Водкин', 'name'],
    ['Салтыков-Щедрин', 'name'],
    ['Семёнова', 'name'],
    ["д'Артаньян", 'name'],
    ['О’Коннор', 'name'],
    ["O'Connor", 'name'],
    ['Anna-Maria', 'name'],
    ['Müller', 'name'],
    ['Şahin', 'name'],
    ['Гүлнара', 'name'],
    ['Ӑслӑ', 'name'],
    ['Мария Луиза', 'name'],
    ['строка 1\n\tстрока 2\r\n', 'long'],
    ['Семья 👨‍👩‍👧 просит помощи', 'long'],
    ['АО «Самарагорэнергосбыт»', 'line'],
  ])('accepts %j as %s', (value, kind) => {
    expect(textProblem(value, kind)).toBeNull();
  });

  it('allows a tab in a description but not in a name', () => {
    expect(textProblem('нужна\tпомощь', 'long')).toBeNull();
    expect(textProblem('Иван\tов', 'name')).not.toBeNull();
  });

  it('normalises to NFC and trims; in names any space becomes one ordinary space', () => {
    const decomposed = 'Е\u0308лкина'; // Е + combining diaeresis
    expect(decomposed).not.toBe('Ёлкина');
    expect(normalizeText(decomposed, 'name')).toBe('Ёлкина');
    expect(textProblem(decomposed, 'name')).toBeNull();
    expect(normalizeText('  Анна\u00a0\u00a0Мария ', 'name')).toBe('Анна Мария');
    expect(normalizeText('  a\u00a0b ', 'line')).toBe('a\u00a0b');
  });

  it('leaves an empty value to the required rule', () => {
    expect(textProblem('', 'name')).toBeNull();
    expect(textProblem('   ', 'line')).toBeNull();
    expect(nonEmptyText(10, 'name').safeParse('   ').error?.issues[0].message).toBe('Обязательное поле');
  });
});

describe('schemas use the text rules', () => {
  it('stores the NFC form of what was typed', () => {
    const parsed = needRegisterSchema.parse({
      personId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      measureId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      description: ' Е\u0308лка ',
    });
    expect(parsed.description).toBe('Ёлка');
  });

  it('words every refusal as the field message', () => {
    const comment = caseActionSchemas.comment.safeParse({ text: 'x\u0000' });
    expect(comment.error?.issues).toEqual([
      expect.objectContaining({ path: ['text'], message: 'Недопустимый символ: управляющий символ U+0000' }),
    ]);
    const person = personUpdateSchema.safeParse({ lastName: '\u200b\u200b', middleName: 'Петрович\u202e' });
    expect(person.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['lastName', 'Поле состоит только из невидимых символов'],
      ['middleName', 'Недопустимый символ: управление направлением текста U+202E'],
    ]);
    expect(passportFilterSchema.safeParse({ q: 'Иван\u0000' }).success).toBe(false);
    expect(passportFilterSchema.safeParse({ q: '' }).success).toBe(true);
    const user = userCreateSchema.safeParse({ username: 'ivanov', password: 'x', role: 'ADMIN', fullName: 'Иванов\u0000' });
    expect(user.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['fullName', 'Недопустимый символ: управляющий символ U+0000'],
    ]);
    expect(fileNameProblem('счёт\u202efdp.exe')).toBe('Имя файла: недопустимый символ: управление направлением текста U+202E');
  });
});
