import { readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';

/**
 * The mails the system sends; each has an HTML template (`x.html.hbs`) and a plain-text one (`x.txt`,
 * also handlebars) beside this file. The plain-text ones end in .txt so that formatters leave their
 * line breaks alone: they are what a text-only mail reader shows.
 */
export const MAIL_TEMPLATES = [
  'caseRouted',
  'reminder',
  'escalation',
  'caseClosed',
  'infoRequested',
  'dailyDigest',
  'weeklyReport',
] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

// Handlebars escapes every {{value}} in HTML; the plain-text versions must not be HTML-escaped.
const html = Handlebars.create();
const text = Handlebars.create();
const compile = (engine: typeof Handlebars, file: string, noEscape: boolean) =>
  engine.compile(readFileSync(path.join(__dirname, file), 'utf8'), { noEscape });

const layouts = { html: compile(html, 'layout.html.hbs', false), text: compile(text, 'layout.txt', true) };
const bodies = Object.fromEntries(
  MAIL_TEMPLATES.map((name) => [name, { html: compile(html, `${name}.html.hbs`, false), text: compile(text, `${name}.txt`, true) }]),
) as Record<MailTemplate, { html: Handlebars.TemplateDelegate; text: Handlebars.TemplateDelegate }>;

/** Renders one mail: its subject, and its body in HTML and plain text inside the common layout. */
export function renderMail(template: MailTemplate, subject: string, data: Record<string, unknown> & { settingsUrl: string }): RenderedMail {
  const context = { ...data, subject };
  return {
    subject,
    html: layouts.html({ ...context, body: bodies[template].html(context) }),
    text: layouts.text({ ...context, body: bodies[template].text(context).trim() }),
  };
}
