// A small round-robin HTTP proxy on 127.0.0.1 for the scale-out test: it forwards each request to the
// next backend in turn, over a fresh connection, and, like any load balancer, takes a backend that
// refuses connections out of the rotation and tries the next one (the request never reached it).
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Forwarded {
  backend: number;
  method: string;
  /** The JSON-RPC method of a POST body, when it has one. */
  rpcMethod?: string;
  /** The backend's status code; 0 when it refused the connection (then the next backend is tried). */
  status?: number;
}

export interface ProxyHooks {
  /**
   * Called before the body is sent; `send` writes the body's first half and waits until `resume` is
   * called before writing the rest, so a test can act while a request is half-way into a backend.
   */
  split?: (entry: Forwarded) => ((resume: () => void) => void) | undefined;
}

export interface RoundRobinProxy {
  url: string;
  log: Forwarded[];
  hooks: ProxyHooks;
  close(): Promise<void>;
}

function rpcMethodOf(body: Buffer): string | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { method?: unknown };
    return typeof parsed.method === 'string' ? parsed.method : undefined;
  } catch {
    return undefined;
  }
}

async function readBody(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startRoundRobinProxy(backendPorts: number[]): Promise<RoundRobinProxy> {
  const alive = backendPorts.map(() => true);
  const log: Forwarded[] = [];
  const hooks: ProxyHooks = {};
  let next = 0;

  const pick = (): number | undefined => {
    for (let tried = 0; tried < backendPorts.length; tried++) {
      const candidate = next % backendPorts.length;
      next++;
      if (alive[candidate]) return candidate;
    }
    return undefined;
  };

  const server: Server = createServer(async (incoming, outgoing) => {
    const body = await readBody(incoming);
    for (;;) {
      const backend = pick();
      if (backend === undefined) {
        outgoing.writeHead(502).end('no backend left');
        return;
      }
      const entry: Forwarded = { backend, method: incoming.method ?? 'GET', rpcMethod: rpcMethodOf(body) };
      log.push(entry);
      const refused = await new Promise<boolean>(resolve => {
        const upstream = httpRequest(
          { host: '127.0.0.1', port: backendPorts[backend], method: incoming.method, path: incoming.url, headers: incoming.headers, agent: false },
          response => {
            entry.status = response.statusCode;
            outgoing.writeHead(response.statusCode ?? 502, response.headers);
            response.pipe(outgoing);
            resolve(false);
          },
        );
        upstream.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'ECONNREFUSED') {
            alive[backend] = false;
            entry.status = 0;
            resolve(true);
          } else {
            outgoing.destroy(error);
            resolve(false);
          }
        });
        const split = hooks.split?.(entry);
        if (split === undefined || body.length < 2) {
          upstream.end(body);
          return;
        }
        const half = Math.floor(body.length / 2);
        upstream.write(body.subarray(0, half), () => split(() => upstream.end(body.subarray(half))));
      });
      if (!refused) return;
    }
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    log,
    hooks,
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}
