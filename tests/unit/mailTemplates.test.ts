import { MAIL_TEMPLATES, renderMail } from '../../templates/email/render';

const caseData = {
  settingsUrl: 'https://passport.example.ru/#/notification-settings',
  caseNumber: 'AB12CD34',
  caseUrl: 'https://passport.example.ru/#/needs/ab12cd34-0000-4000-8000-000000000000/show',
  measure: 'Помощь <script>alert(1)</script> & "поддержка"',
  organisation: 'Минсоцдемографии',
  person: '',
  dueDate: '01.12.2026',
  deadlineName: 'срок решения',
  level: 2,
  levelTitle: 'Руководитель органа власти',
  outcome: 'в поддержке отказано',
  reason: 'не соответствует условиям',
};

describe('mail templates', () => {
  it.each(MAIL_TEMPLATES.filter((t) => t !== 'dailyDigest' && t !== 'weeklyReport'))(
    '%s escapes what it is given in HTML and keeps it as written in text',
    (template) => {
      const mail = renderMail(template, 'Тема письма', caseData);
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).toContain('Помощь &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;поддержка&quot;');
      expect(mail.html).toContain(`href='${caseData.caseUrl}'`);
      expect(mail.html).toContain(`href='${caseData.settingsUrl}'`);
      expect(mail.text).toContain(caseData.measure);
      expect(mail.text.split('\n')[0]).toBe('Тема письма');
      expect(mail.text).toMatch(new RegExp(`: ${caseData.caseUrl.replace(/[/.?]/g, '\\$&')}$`, 'm'));
      expect(mail.text).toContain(`\n-- \n`);
    },
  );

  it('keeps each label and its value on one line of the plain text', () => {
    const text = renderMail('escalation', 'Эскалация', caseData).text;
    expect(text).toContain('Дело № AB12CD34 просрочено и передано на уровень 2 — «Руководитель органа власти».');
    expect(text).toContain('\nОрганизация: Минсоцдемографии\nСрок истёк: 01.12.2026\n');
    expect(text).not.toMatch(/\n{3,}/);
  });

  it('lists every new, due-soon and overdue case of every section once, under its heading, and leaves out empty lists', () => {
    const cases = (numbers: string[]) =>
      numbers.map((number) => ({ number, url: `https://x/#/needs/${number}/show`, measure: 'Мера', dueDate: '20.11.2026', level: 1 }));
    const mail = renderMail('dailyDigest', 'Сводка по делам', {
      settingsUrl: caseData.settingsUrl,
      date: '24.11.2026',
      arrived: 1,
      dueSoon: 1,
      overdue: 2,
      sections: [
        { organisation: 'Орг А', arrived: cases(['N1']), dueSoon: [], overdue: cases(['A1', 'A2']) },
        { organisation: 'Орг Б', arrived: [], dueSoon: cases(['S1']), overdue: [] },
      ],
    });
    for (const number of ['N1', 'A1', 'A2', 'S1']) {
      expect(mail.text.split(`№ ${number},`)).toHaveLength(2);
      expect(mail.html.split(`href='https://x/#/needs/${number}/show'`)).toHaveLength(2);
    }
    expect(mail.text).toContain('Сводка по делам на 24.11.2026: новых 1, срок истекает 1, просрочено 2.');
    expect(mail.text).toContain('\nОрг А\nНовые в очереди за сутки: 1\n  № N1, Мера, срок 20.11.2026\n');
    expect(mail.text).toContain('Просрочено: 2\n  № A1, Мера, срок истёк 20.11.2026, уровень эскалации 1\n');
    expect(mail.text).toContain('\nОрг Б\nСрок истекает: 1\n  № S1,');
    expect(mail.text.split('Срок истекает:')).toHaveLength(2); // Орг А has none due soon: no empty heading
    expect(mail.text).not.toMatch(/\n{3,}/);
  });
});
