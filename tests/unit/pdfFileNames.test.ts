import { caseHistoryFileName, familyOf, passportCardFileName, supportActFileName } from '../../api/pdf/fileNames';

describe('names of printed files', () => {
  it('names the family in the genitive plural for the usual surname endings and leaves the others as written', () => {
    expect(
      ['Иванов', 'Иванова', 'Ёлкина', 'Пушкин', 'Соловьёв', 'Островский', 'Островская', 'Шевченко', 'Ким', 'Черных'].map(familyOf),
    ).toEqual(['Ивановых', 'Ивановых', 'Ёлкиных', 'Пушкиных', 'Соловьёвых', 'Островских', 'Островских', 'Шевченко', 'Ким', 'Черных']);
  });

  it('names a passport card after the surname most members share, else after the eldest', () => {
    expect(passportCardFileName(['Петрова', 'Ёлкина', 'Ёлкин'])).toBe('Паспорт семьи Ёлкиных.pdf');
    expect(passportCardFileName(['Петрова', 'Ким'])).toBe('Паспорт семьи Петровых.pdf');
    expect(passportCardFileName([])).toBe('Паспорт семьи.pdf');
  });

  it('names the act and the extract after the short case number', () => {
    const id = '0a1b2c3d-0000-4000-8000-000000000000';
    expect(supportActFileName(id)).toBe('Акт о предоставлении поддержки 0A1B2C3D.pdf');
    expect(caseHistoryFileName(id)).toBe('Выписка из истории дела 0A1B2C3D.pdf');
  });
});
