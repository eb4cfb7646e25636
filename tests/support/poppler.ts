import { execFile } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A PDF examined with Debian's poppler-utils: its text per page, its fonts, and its pages as PNG images. */
export async function examinePdf(pdf: Buffer) {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'sp-pdf-'));
  const file = path.join(folder, 'form.pdf');
  await writeFile(file, pdf);
  const { stdout: text } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  // In drawing order, words of a wrapped table cell follow each other: whitespace folded, they read as written.
  const { stdout: raw } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']);
  const { stdout: fonts } = await run('pdffonts', [file]);
  await run('pdftoppm', ['-png', '-r', '40', file, path.join(folder, 'page')]);
  const images = (await readdir(folder)).filter((f) => f.endsWith('.png')).sort();
  // pdftotext separates pages with a form feed.
  const pages = text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
  return { text, flowText: raw.replace(/\s+/g, ' '), pages, fonts, images: images.map((f) => path.join(folder, f)) };
}
