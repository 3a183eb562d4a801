import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

/**
 * Loaded with `NODE_OPTIONS=--require …/cpu-profile-preload.js` (Node refuses --cpu-prof there):
 * starts V8's sampling profiler in a service the launcher starts, and writes the profile to
 * `<folder>/<pid>.cpuprofile` when the process exits. An in-process inspector session answers
 * synchronously, so the profile is written within the exit handler.
 */
// The bench hands the folder to the services it starts; nothing else reads this variable.
// eslint-disable-next-line no-restricted-properties
const folder = process.env.LAGESBILD_BENCH_CPU_PROFILE_DIR;

if (folder) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.start');
  process.on('exit', () => {
    session.post('Profiler.stop', (error, result) => {
      if (!error) {
        writeFileSync(
          path.join(folder, `${process.pid}.cpuprofile`),
          JSON.stringify(result.profile),
        );
      }
    });
  });
}
