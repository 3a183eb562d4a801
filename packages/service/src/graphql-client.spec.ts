import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dataOf, postGraphQL } from './graphql-client';

/** A server that answers each request with what `answer` says, and keeps what it received. */
async function serve(answer: (request: IncomingMessage, body: string) => [number, string]) {
  const received: { authorization?: string; body: string }[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ authorization: request.headers.authorization, body });
      const [status, text] = answer(request, body);
      response.writeHead(status, { 'content-type': 'application/json' }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, received, stop: () => new Promise((resolve) => server.close(resolve)) };
}

describe('the GraphQL client', () => {
  it('sends the operation with its variables and token, and parses the answer', async () => {
    const server = await serve(() => [200, JSON.stringify({ data: { n: 1 } })]);
    try {
      const response = await postGraphQL<{ n: number }>(server.url, 'query($a: Int) { n }', {
        token: 'abc',
        variables: { a: 2 },
      });
      expect(response).toEqual({ status: 200, data: { n: 1 }, errors: undefined });
      expect(dataOf(response, 'n')).toEqual({ n: 1 });
      expect(server.received).toEqual([
        {
          authorization: 'Bearer abc',
          body: JSON.stringify({ query: 'query($a: Int) { n }', variables: { a: 2 } }),
        },
      ]);
    } finally {
      await server.stop();
    }
  });

  it('passes a whole Authorization header on as it came', async () => {
    const server = await serve(() => [200, '{"data":{}}']);
    try {
      await postGraphQL(server.url, '{ n }', { authorization: 'Bearer forwarded' });
      expect(server.received[0]?.authorization).toBe('Bearer forwarded');
    } finally {
      await server.stop();
    }
  });

  it('turns an answer that is not JSON into an error naming the status', async () => {
    const server = await serve(() => [502, '<html>Bad gateway</html>']);
    try {
      const response = await postGraphQL(server.url, '{ n }');
      expect(response.status).toBe(502);
      expect(response.errors?.[0]?.message).toBe('Not JSON (HTTP 502): <html>Bad gateway</html>');
      expect(() => dataOf(response, 'The directory')).toThrow(
        'The directory: Not JSON (HTTP 502): <html>Bad gateway</html>',
      );
    } finally {
      await server.stop();
    }
  });

  it('refuses data that comes with errors, and an answer without data', () => {
    expect(() =>
      dataOf({ status: 200, data: { n: 1 }, errors: [{ message: 'partly wrong' }] }, 'n'),
    ).toThrow('n: partly wrong');
    expect(() => dataOf({ status: 401 }, 'n')).toThrow('n: HTTP 401');
  });
});
