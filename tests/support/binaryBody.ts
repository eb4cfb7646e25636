import type { Response } from 'supertest';

/** A supertest body parser that keeps the bytes (supertest parses only text types by itself). */
export function binaryBody(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  // Inside a parser, superagent hands over the raw HTTP response stream.
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
