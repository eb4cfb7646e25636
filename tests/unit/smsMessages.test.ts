import { smsLength } from '../../shared/campaigns/smsSegments';
import { outreachSms } from '../../shared/campaigns/messageText';

describe('SMS segments', () => {
  it('counts Latin text in GSM-7: 160 in one segment, 153 per part beyond', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsLength('a'.repeat(161)).segments).toBe(2);
    expect(smsLength('a'.repeat(306)).segments).toBe(2);
    expect(smsLength('a'.repeat(307)).segments).toBe(3);
  });

  it('counts GSM extension characters as two septets', () => {
    expect(smsLength('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsLength(`${'€'.repeat(80)}a`).segments).toBe(2);
  });

  it('sends Cyrillic as UCS-2: 70 in one segment, 67 per part beyond', () => {
    expect(smsLength('я'.repeat(70))).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(smsLength('я'.repeat(71)).segments).toBe(2);
    expect(smsLength('я'.repeat(134)).segments).toBe(2);
    expect(smsLength('я'.repeat(135)).segments).toBe(3);
  });

  it('turns a whole Latin text into UCS-2 for a single Cyrillic letter', () => {
    expect(smsLength(`${'a'.repeat(100)}ж`)).toEqual({ encoding: 'UCS-2', units: 101, segments: 2 });
  });

  it('counts an empty text as no segment', () => {
    expect(smsLength('').segments).toBe(0);
  });
});

describe('outreach SMS text', () => {
  const contact = 'тел. 122 или МФЦ';

  it('names the measure and where to turn, in Russian, within two segments', () => {
    const text = outreachSms({ measureName: 'Социальный контракт', contact });
    expect(text).toBe('Вам может быть положена мера: Социальный контракт. Обратитесь: тел. 122 или МФЦ');
    expect(smsLength(text).segments).toBeLessThanOrEqual(2);
  });

  it('shortens a long measure name by whole words to stay within two segments', () => {
    const measureName =
      'Ежемесячная денежная выплата на ребёнка в возрасте от трёх до семи лет включительно семьям с доходом ниже прожиточного минимума';
    const text = outreachSms({ measureName, contact });
    expect(smsLength(text).segments).toBe(2);
    expect(text).toMatch(/^Вам может быть положена мера: Ежемесячная денежная выплата .*…\. Обратитесь: тел\. 122 или МФЦ$/);
  });

  it('carries nothing but the measure and the contact: no digits of a SNILS, no names', () => {
    const text = outreachSms({ measureName: 'Социальный контракт', contact });
    expect(text).not.toMatch(/\d{3}-\d{3}-\d{3}/);
    expect(text.replace(contact, '')).not.toMatch(/\d/);
  });
});
