// Browser tests of the widget in Debian's Chromium (see TOOLCHAIN.md): `npm run test:browser`.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

/** The flow chunk, from source (`widget/flow.ts`) or built (`dist/widget/flow-[hash].js`). */
const FLOW_CHUNK = /^\/(widget\/flow\.ts|dist\/widget\/flow-[\w-]{8}\.js)$/;
/** Requests for the flow chunk held back (cookie `rv-flow=hold`) until the page asks for `/test/flow/release`. */
const heldFlow = new Set();
/** The flow chunk's requests (path and query) since the page last asked for `/test/flow/requests`. */
let flowRequests = [];

export default {
  rootDir,
  files: ['widget/**/*.test.ts'],
  nodeResolve: true,
  // A stand-in for the intake server, for the tests of the built widget (unit tests stub fetch instead): the public
  // lookups, an accepting applications endpoint, and an empty page as the isolated-mode frame, which every
  // association's pages may frame except `uten-liste`'s (an association that lists no allowed origins). The association
  // `treig-nynorsk` has Nynorsk as its default language and is looked up over a slow connection (400 ms).
  // A page with the cookie `rv-flow=hold` gets the flow chunk only once it asks for `/test/flow/release` (which says
  // how many requests it let go; at most 8 s later anyway): a slow phone's round trip as long as a test needs. With
  // `rv-flow=fail` it gets a 503 instead. `/test/flow/requests` lists the flow chunk's requests (with their queries)
  // since it was last asked.
  middleware: [
    async (context, next) => {
      if (context.path === '/test/flow/release') {
        const held = [...heldFlow];
        for (const release of held) release();
        context.type = 'json';
        context.body = JSON.stringify({ released: held.length });
        return;
      }
      if (context.path === '/test/flow/requests') {
        context.type = 'json';
        context.body = JSON.stringify({ requests: flowRequests });
        flowRequests = [];
        return;
      }
      if (FLOW_CHUNK.test(context.path)) flowRequests.push(context.path + context.search);
      const flowSwitch = FLOW_CHUNK.test(context.path) ? context.cookies.get('rv-flow') : undefined;
      if (flowSwitch === 'fail') {
        context.status = 503;
        context.body = 'Service Unavailable';
        return;
      }
      if (flowSwitch === 'hold') {
        await new Promise((resolve) => {
          const release = () => {
            clearTimeout(timer);
            heldFlow.delete(release);
            resolve();
          };
          const timer = setTimeout(release, 8000);
          heldFlow.add(release);
        });
      }
      await next();
    },
    async (context, next) => {
      const json = (status, body) => {
        context.status = status;
        context.type = 'json';
        context.set('Access-Control-Allow-Origin', '*');
        context.body = JSON.stringify(body);
      };
      let match;
      if (/^\/skjema\/[a-z0-9-]+\/ramme$/.test(context.path)) {
        context.type = 'html';
        context.body = '<!doctype html><html lang="nb"><title>Ramme</title></html>';
      } else if ((match = /^\/skjema\/([a-z0-9-]+)\/ramme\/tilgang$/.exec(context.path))) {
        json(200, { allowed: match[1] !== 'uten-liste' });
      } else if ((match = /^\/api\/v1\/associations\/([a-z0-9-]+)$/.exec(context.path))) {
        const slowNynorsk = match[1] === 'treig-nynorsk';
        if (slowNynorsk) await new Promise((resolve) => setTimeout(resolve, 400));
        json(200, { slug: match[1], name: 'Eksempelby sanitetsforening', defaultLanguage: slowNynorsk ? 'nn' : 'nb', proofOfWork: false });
      } else if ((match = /^\/api\/v1\/postal-codes\/(\d{4})$/.exec(context.path))) {
        json(200, { postalCode: match[1], place: null, kommune: null, associations: [] });
      } else if (context.path === '/api/v1/applications' && context.method === 'OPTIONS') {
        context.status = 204;
        context.set('Access-Control-Allow-Origin', '*');
        context.set('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
      } else if (context.path === '/api/v1/applications' && context.method === 'POST') {
        json(201, { reference: 'RV-7K3M-Q9TX', association: { slug: 'eksempelby', name: 'Eksempelby sanitetsforening', email: 'post@eksempelby.example' } });
      } else {
        await next();
        // Module scripts from another origin need CORS, as the intake server sends for the built widget.
        if (context.path.startsWith('/dist/widget/')) context.set('Access-Control-Allow-Origin', '*');
      }
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // Lit announces its development build once per test file; nothing to act on.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
