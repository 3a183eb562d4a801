import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** A service process (the built package) in which one promise is rejected with nobody listening. */
const SERVICE = `
const { createLogger, runUntilSignalled } = require(${JSON.stringify(path.join(__dirname, '..', 'dist', 'index.js'))});
const logger = createLogger('probe', 'info');
runUntilSignalled(logger, async () => {});
Promise.reject(new Error('a loader failed after its request had given up'));
setTimeout(() => {
  console.log(JSON.stringify({ msg: 'still serving' }));
  process.exit(0);
}, 300);
`;

it('logs an unhandled rejection and keeps the process running', () => {
  const child = spawnSync(process.execPath, ['-e', SERVICE], { encoding: 'utf8', timeout: 20_000 });
  const lines = child.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { msg: string; level?: number; err?: { message: string } });
  expect(lines).toEqual([
    expect.objectContaining({
      msg: 'unhandled promise rejection',
      level: 50,
      err: expect.objectContaining({
        message: 'a loader failed after its request had given up',
      }) as unknown,
    }),
    { msg: 'still serving' },
  ]);
  expect(child.status).toBe(0);
});
