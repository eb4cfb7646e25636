/** Surnames as [his, hers]; 23, 13 and 17 names, so the i-th demo user's combination never repeats (coprime lengths). */
const SURNAMES = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
].map((his) => [his, `${his}а`]);
const FIRST_NAMES = [
  ['Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Владимир', 'Николай', 'Михаил', 'Евгений', 'Игорь', 'Павел', 'Юрий', 'Олег'],
  ['Мария', 'Анна', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Екатерина', 'Юлия', 'Марина', 'Галина', 'Людмила'],
];
const PATRONYMIC_STEMS = [
  'Петров',
  'Иванов',
  'Сергеев',
  'Александров',
  'Николаев',
  'Владимиров',
  'Михайлов',
  'Викторов',
  'Андреев',
  'Юрьев',
  'Васильев',
  'Геннадьев',
  'Олегов',
  'Борисов',
  'Анатольев',
  'Фёдоров',
  'Евгеньев',
];

/** The i-th demo person's full name, «Фамилия Имя Отчество», women and men in turn. */
export function demoPersonName(i: number): string {
  const hers = i % 2 === 0 ? 1 : 0;
  const surname = SURNAMES[i % SURNAMES.length][hers];
  const firstName = FIRST_NAMES[hers][i % FIRST_NAMES[hers].length];
  const patronymic = PATRONYMIC_STEMS[i % PATRONYMIC_STEMS.length] + (hers ? 'на' : 'ич');
  return `${surname} ${firstName} ${patronymic}`;
}
