import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/**
 * The limit of serving an answer at all (forked by anchor.ts): a bare Node.js `http` server that
 * answers `POST /<operation>` with the very bytes the gateway answered, read from the file named
 * on the command line, after reading the request body. It tells its port over IPC.
 */
const bodies = new Map(
  Object.entries(
    JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as Record<string, string>,
  ).map(([name, body]) => [`/${name}`, Buffer.from(body)]),
);

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const body = bodies.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': body.length,
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('disconnect', () => server.close(() => process.exit(0)));
