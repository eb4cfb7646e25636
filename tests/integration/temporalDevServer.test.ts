import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { freePort } from '../../scripts/lib/processes';
import { startTemporalDevServer } from '../../scripts/lib/temporalDevServer';

let occupier: Server;
let takenPort: number;

beforeAll(async () => {
  takenPort = await freePort();
  occupier = createServer((socket) => socket.destroy()); // holds the port, answers nothing
  await new Promise<void>((resolve) => occupier.listen(takenPort, '127.0.0.1', resolve));
});

afterAll(() => new Promise<void>((resolve) => occupier.close(() => resolve())));

it('says at once why the dev server died, in its own words, when its port is taken', async () => {
  const failure = startTemporalDevServer({ headless: true, port: takenPort });
  await expect(failure).rejects.toThrow(new RegExp(`127\\.0\\.0\\.1:${takenPort} exited with code \\d+; its last output:\\n.*\\S`, 's'));
  // Waiting for an answer takes up to 60 s; a dead server must not be waited for that long.
}, 45_000);

it('starts on a free port of its own choosing and answers', async () => {
  const server = await startTemporalDevServer({ headless: true });
  try {
    expect(server.address).toMatch(/^127\.0\.0\.1:\d+$/);
  } finally {
    await server.stop();
  }
}, 90_000);
