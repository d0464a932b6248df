/** A small closed-loop HTTP load generator: N keep-alive connections, each sending its next request when the last answers. */
import { Agent, request } from 'node:http';

export interface LoadOptions {
  /** Several URLs: the connections are spread over them in turn (one load generator before several servers). */
  url: string | string[];
  connections: number;
  durationMs: number;
  /** Builds each request; called once per request so bodies and keys can differ. */
  makeRequest: (i: number) => { method: string; headers?: Record<string, string>; body?: string };
  /** Status every answer must have; others are counted as errors. */
  expectStatus: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

function once(agent: Agent, url: URL, r: ReturnType<LoadOptions['makeRequest']>): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { method: r.method, headers: r.headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end(r.body);
  });
}

/** Runs the load for `durationMs` (bounded: it stops by itself) against a server on this machine. */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const urls = (Array.isArray(o.url) ? o.url : [o.url]).map((u) => new URL(u));
  if (urls.some((url) => !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))) throw new Error('Load is only ever sent to this machine');
  const agent = new Agent({ keepAlive: true, maxSockets: o.connections });
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  const started = performance.now();
  const deadline = started + o.durationMs;
  await Promise.all(
    Array.from({ length: o.connections }, async (_, connection) => {
      const url = urls[connection % urls.length]!;
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const status = await once(agent, url, o.makeRequest(counter++));
        latencies.push(performance.now() - t0);
        if (status !== o.expectStatus) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return {
    requests: latencies.length,
    errors,
    requestsPerSecond: latencies.length / elapsed,
    p50Ms: pct(0.5),
    p99Ms: pct(0.99),
  };
}
