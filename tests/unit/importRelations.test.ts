import { validateImportFile } from '../../shared/register/importFile';
import type { CheckedRow } from '../../shared/register/importFile';
import { relationKindOf } from '../../shared/register/importRelations';
import { IMPORT_COLUMNS } from '../../shared/register/importTemplate';
import type { ImportCells } from '../support/importFiles';
import { familyOfFour, goodRow } from '../support/importFiles';

const ctx = { municipalities: new Map([['samara', 'm-samara']]), today: '2026-12-07' };

/** Checks the rows as a file of the template; the header is row 1, so the first row is row 2. */
async function check(rows: ImportCells[]): Promise<Map<number, CheckedRow>> {
  const file = {
    format: 'csv' as const,
    sha256: '',
    headers: IMPORT_COLUMNS.map((c) => c.header),
    rows: rows.map((r, i) => ({ rowNumber: i + 2, cells: IMPORT_COLUMNS.map((c) => r[c.key] ?? '') })),
  };
  const { rows: checked } = await validateImportFile(file, ctx);
  return new Map(checked.map((r) => [r.rowNumber, r]));
}

const errorsOf = (row: CheckedRow | undefined) => row?.errors.map((e) => [e.field, e.message]);

describe('relations in an import file', () => {
  it('reads a family of four by SNILS and row numbers, each pair kept once on its later row', async () => {
    const rows = await check(familyOfFour('1', 2));
    expect([...rows.values()].every((r) => r.errors.length === 0)).toBe(true);
    expect(rows.get(2)?.data?.relations).toEqual([]);
    expect(rows.get(3)?.data?.relations).toEqual([{ row: 2, kind: 'SPOUSE' }]);
    expect(rows.get(4)?.data?.relations).toEqual([
      { row: 2, kind: 'CHILD' },
      { row: 3, kind: 'CHILD' },
    ]);
    expect(rows.get(5)?.data?.relations).toEqual([
      { row: 2, kind: 'CHILD' },
      { row: 3, kind: 'CHILD' },
      { row: 4, kind: 'SIBLING' },
    ]);
  });

  it('keeps a pair stated on the earlier row on the later one with the inverse kind, and a pair stated from both sides once', async () => {
    const mother = goodRow(0, '1', { relationKind: 'Мать', relationTo: '3' });
    const son = goodRow(1, '1', { sex: 'М', relationKind: 'Сын', relationTo: mother.snils });
    const guardian = goodRow(2, '1', { relationKind: 'Опекун', relationTo: '5' });
    const ward = goodRow(3, '1');
    const rows = await check([mother, son, guardian, ward]);
    expect(rows.get(2)?.data?.relations).toEqual([]);
    expect(rows.get(3)?.data?.relations).toEqual([{ row: 2, kind: 'CHILD' }]);
    expect(rows.get(5)?.data?.relations).toEqual([{ row: 4, kind: 'WARD' }]);
  });

  it('names the kinds as the workspace does, by code, or by the words of a register export', () => {
    expect(relationKindOf('Супруг(а)')).toBe('SPOUSE');
    expect(relationKindOf('  жена ')).toBe('SPOUSE');
    expect(relationKindOf('Ребенок')).toBe('CHILD');
    expect(relationKindOf('отец')).toBe('PARENT');
    expect(relationKindOf('Брат или сестра')).toBe('SIBLING');
    expect(relationKindOf('WARD')).toBe('WARD');
    expect(relationKindOf('Иное родство')).toBe('OTHER');
    expect(relationKindOf('кум')).toBeUndefined();
  });

  it('refuses an unknown kind on its column and holds the rest of the family back on the family column', async () => {
    const applicant = goodRow(0, '1');
    const rows = await check([applicant, goodRow(1, '1', { relationKind: 'кум', relationTo: '2' }), goodRow(2, '2')]);
    expect(errorsOf(rows.get(3))).toEqual([
      ['relationKind', expect.stringMatching(/^Неизвестное родство «кум»: Супруг\(а\), Родитель, Ребёнок/)],
    ]);
    expect(errorsOf(rows.get(2))).toEqual([['family', 'Семья не загружается: ошибка родства в строке 3']]);
    expect(rows.get(2)?.data).toBeUndefined();
    expect(rows.get(4)?.errors).toEqual([]);
  });

  it('refuses a relation to oneself, to another family, to a row or SNILS not in the file, and a half-filled pair of cells', async () => {
    const self = goodRow(0, '1', { relationKind: 'Иное', relationTo: '2' });
    const rows = await check([
      self,
      goodRow(1, '2'),
      goodRow(2, '1', { relationKind: 'Брат', relationTo: '3' }),
      goodRow(3, '1', { relationKind: 'Сестра', relationTo: '99' }),
      goodRow(4, '1', { relationKind: 'Сестра', relationTo: '112-233-445 95' }),
      goodRow(5, '1', { relationKind: 'Сестра', relationTo: 'мама' }),
      goodRow(6, '1', { relationKind: 'Сестра' }),
      goodRow(7, '1', { relationTo: '2' }),
      goodRow(8, '1', { relationKind: 'Сестра, Сестра', relationTo: '2, 4, 5' }),
    ]);
    expect(errorsOf(rows.get(2))).toEqual([['relationTo', 'Родство с самим собой']]);
    expect(rows.get(3)?.errors).toEqual([]);
    expect(errorsOf(rows.get(4))).toEqual([['relationTo', 'Строка 3 — другая семья: родство указывается внутри семьи']]);
    expect(errorsOf(rows.get(5))).toEqual([['relationTo', 'Строки 99 нет в файле']]);
    expect(errorsOf(rows.get(6))).toEqual([['relationTo', 'Человека со СНИЛС 112-233-445 95 нет в файле']]);
    expect(errorsOf(rows.get(7))).toEqual([['relationTo', '«мама» — не СНИЛС и не номер строки']]);
    expect(errorsOf(rows.get(8))).toEqual([['relationTo', 'Укажите, с кем родство: СНИЛС или номер строки']]);
    expect(errorsOf(rows.get(9))).toEqual([['relationKind', expect.stringMatching(/^Укажите родство: Супруг\(а\)/)]]);
    expect(errorsOf(rows.get(10))).toEqual([['relationKind', 'Родств указано 2, а лиц 3: по одному на каждое лицо']]);
  });

  it('refuses both rows of a contradicting pair, and a relation to a row that has errors of its own', async () => {
    const husband = goodRow(0, '1', { sex: 'М', relationKind: 'Отец', relationTo: '3' });
    const rows = await check([
      husband,
      goodRow(1, '1', { relationKind: 'Супруг(а)', relationTo: husband.snils }),
      goodRow(2, '1'),
      goodRow(3, '2', { phone: '12345' }),
      goodRow(4, '2', { relationKind: 'Сестра', relationTo: '5' }),
      goodRow(5, '3'),
    ]);
    expect(errorsOf(rows.get(2))).toEqual([['relationKind', 'Противоречит строке 3: там для этой пары указано «Супруг(а)»']]);
    expect(errorsOf(rows.get(3))).toEqual([['relationKind', 'Противоречит строке 2: там для этой пары указано «Родитель»']]);
    expect(errorsOf(rows.get(4))).toEqual([['family', 'Семья не загружается: ошибка родства в строке 2']]);
    expect(errorsOf(rows.get(5))).toEqual([['phone', 'Телефон в формате +7XXXXXXXXXX']]);
    expect(errorsOf(rows.get(6))).toEqual([['relationTo', 'В строке 5 ошибки: без неё родство не записать']]);
    expect(rows.get(7)?.errors).toEqual([]);
  });
});
