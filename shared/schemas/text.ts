/**
 * What a text field may hold: one definition for the API's schemas and the workspace's forms.
 * Registers are printed, searched and shown to other people, so text that hides control
 * characters, reorders itself on screen (bidi overrides) or is invisible is refused, not cleaned.
 */

/** `name`: a person's name; `line`: any other one-line text; `long`: multi-line texts (descriptions, comments, reports). */
export type TextKind = 'name' | 'line' | 'long';

const codeOf = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

const LINE_BREAKS = new Set([0x09, 0x0a, 0x0d, 0x2028, 0x2029]);
const isControl = (cp: number) => cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f);
const isBidiControl = (cp: number) => (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
const isBidiMark = (cp: number) => cp === 0x200e || cp === 0x200f || cp === 0x061c;
const isNonCharacter = (cp: number) => (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;

const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{White_Space}\u2800]/gu;
const SCRIPT_LETTER = /^[\p{Script=Cyrillic}\p{Script=Latin}]$/u;
const LETTER = /^[\p{Lu}\p{Ll}\p{Lt}\p{Lo}]$/u;
const MARK = /^\p{M}$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const NAME_SEPARATORS = new Set([' ', '-', "'", '\u2019']);
// Full-width Latin (Ａ) belongs to the Latin script but is not how a name is written.
const isNameLetter = (ch: string) => LETTER.test(ch) && SCRIPT_LETTER.test(ch) && !(ch >= '\uff00' && ch <= '\uffef');

/** NFC, trimmed; in names any kind of space (a pasted no-break space) becomes one ordinary space. */
export function normalizeText(value: string, kind: TextKind): string {
  const text = value.normalize('NFC').trim();
  return kind === 'name' ? text.replace(/\p{Zs}+/gu, ' ') : text;
}

function loneSurrogate(value: string): number | null {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return unit;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return unit;
  }
  return null;
}

function characterProblem(text: string, kind: TextKind): string | null {
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (isControl(cp) || cp === 0x2028 || cp === 0x2029) {
      if (kind === 'long' && LINE_BREAKS.has(cp)) continue;
      const hint = LINE_BREAKS.has(cp) ? ' (табуляция и перенос строки допустимы только в многострочных полях)' : '';
      return `Недопустимый символ: управляющий символ ${codeOf(cp)}${hint}`;
    }
    if (isBidiControl(cp) || (kind === 'name' && isBidiMark(cp))) {
      return `Недопустимый символ: управление направлением текста ${codeOf(cp)}`;
    }
    if (isNonCharacter(cp)) return `Недопустимый символ: несимвол Юникода ${codeOf(cp)}`;
  }
  return null;
}

function nameProblem(name: string): string | null {
  const chars = [...name];
  let marks = 0;
  for (const [i, ch] of chars.entries()) {
    if (isNameLetter(ch) || NAME_SEPARATORS.has(ch)) {
      marks = 0;
      continue;
    }
    // A combining accent left after NFC (a letter with no precomposed form) may follow a letter.
    if (MARK.test(ch) && i > 0 && isNameLetter(chars[i - marks - 1]) && ++marks <= 2) continue;
    const shown = /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) ? `«${ch}» ` : '';
    return `Недопустимый символ в имени: ${shown}(${codeOf(ch.codePointAt(0) as number)}). Допустимы буквы кириллицы и латиницы, пробел, дефис и апостроф`;
  }
  if (!isNameLetter(chars[0]) || NAME_SEPARATORS.has(chars[chars.length - 1])) {
    return 'Имя должно начинаться и заканчиваться буквой';
  }
  const mixed = name.split(/[ \-'\u2019]/).find((word) => CYRILLIC.test(word) && LATIN.test(word));
  if (mixed) return `Буквы кириллицы и латиницы смешаны в одном слове: «${mixed}»`;
  return null;
}

/**
 * Why the text cannot be accepted, in Russian, or null. An empty value is not a problem here
 * (whether a field is required is the schema's or the form's rule); one made only of invisible
 * characters is.
 */
export function textProblem(value: string, kind: TextKind): string | null {
  const surrogate = loneSurrogate(value);
  if (surrogate !== null) return `Недопустимый символ: одиночный суррогат ${codeOf(surrogate)} (текст повреждён)`;
  const text = normalizeText(value, kind);
  if (text === '') return null;
  const problem = characterProblem(text, kind);
  if (problem) return problem;
  if (text.replace(INVISIBLE, '') === '') return 'Поле состоит только из невидимых символов';
  return kind === 'name' ? nameProblem(text) : null;
}
