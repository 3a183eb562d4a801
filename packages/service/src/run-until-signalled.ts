import type { Logger } from './logger';

/**
 * Stops the service cleanly on SIGTERM or SIGINT (Ctrl-C); a second signal exits at once.
 * A promise rejected with nobody to hear it is logged, and the service keeps serving: Node would
 * otherwise end the process, and with it every other caller's requests, over one request's fault.
 */
export function runUntilSignalled(logger: Logger, stop: () => Promise<void>): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection');
  });
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
