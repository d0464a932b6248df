/** The intake server's HTTP application: middleware, one error handler, and the mounted resources. */
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { API_PREFIX, IDEMPOTENCY_HEADER } from '../contract/index.js';
import type { AppEnv } from './app-env.js';
import { createChallengeRoutes } from './screening/challenge.routes.js';
import { createApplicationRoutes } from './applications/applications.routes.js';
import type { AppContext } from './context.js';
import { createHealthRoutes } from './health/health.routes.js';
import { createWorkspaceRoutes } from './workspace/workspace.routes.js';
import { createErrorHandler, errorBody, HttpError } from './errors.js';
import { createEventRoutes } from './widget-counts/events.routes.js';
import { createHostedRoutes } from './hosted/hosted.routes.js';
import { createWithdrawalRoutes } from './withdrawal/withdrawal.routes.js';
import { createBookingRoutes } from './course-sessions/booking.routes.js';
import { createPublicAssociationRoutes } from './public-associations/public-association.routes.js';
import { createPostalCodeRoutes } from './routing/postal-codes.routes.js';
import { apiCors } from './security/api-cors.js';
import { strictTransportSecurity } from './security/transport-security.js';
import { createWidgetAssetRoutes } from './widget-assets/widget-assets.routes.js';

/** Builds the Hono app around a started context. */
export function createApp(ctx: AppContext) {
  const { logger } = ctx;
  const app = new Hono<AppEnv>();

  app.use(requestId({ generator: () => crypto.randomUUID() }));
  // Every response, not only the workspace's: the host is HTTPS-only whatever path is asked first (second attack, finding 8).
  app.use(strictTransportSecurity(ctx.config.publicUrl));
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    // Route pattern, never the raw path: paths and query strings may carry identifiers.
    logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      outcome: c.get('outcome'),
      ms: Math.round(performance.now() - started),
    });
  });
  app.use(
    `${API_PREFIX}/*`,
    apiCors({
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', IDEMPOTENCY_HEADER],
      exposeHeaders: ['Retry-After', 'X-Request-Id'],
      maxAgeSeconds: 600,
    }),
  );

  app.route(
    `${API_PREFIX}/applications`,
    createApplicationRoutes({
      intake: ctx.intake,
      originPolicy: ctx.originPolicy,
      rateLimiter: ctx.rateLimiter,
      config: ctx.config,
      secretKey: ctx.secretKey,
      proofOfWork: ctx.proofOfWork,
      now: ctx.now,
    }),
  );
  app.route(`${API_PREFIX}/challenge`, createChallengeRoutes(ctx.proofOfWork, ctx.now));
  app.route(`${API_PREFIX}/postal-codes`, createPostalCodeRoutes(ctx.db));
  app.route(`${API_PREFIX}/associations`, createPublicAssociationRoutes(ctx.db, { proofOfWork: ctx.proofOfWork.enabled }));
  app.route(`${API_PREFIX}/events`, createEventRoutes({ db: ctx.db, rateLimiter: ctx.rateLimiter, config: ctx.config, secretKey: ctx.secretKey, now: ctx.now }));
  app.route('/', createWidgetAssetRoutes(ctx.config.widgetDir));
  app.route('/koordinator', createWorkspaceRoutes({ db: ctx.db, config: ctx.config, logger, now: ctx.now, secretKey: ctx.secretKey, onQueued: () => ctx.worker.nudge() }));
  app.route('/skjema', createHostedRoutes(ctx.db, { intake: ctx.intake, rateLimiter: ctx.rateLimiter, config: ctx.config, secretKey: ctx.secretKey, now: ctx.now }));
  app.route('/trekk', createWithdrawalRoutes({ db: ctx.db, secretKey: ctx.secretKey, now: ctx.now, onQueued: () => ctx.worker.nudge() }));
  app.route('/kurs', createBookingRoutes({ db: ctx.db, publicUrl: ctx.config.publicUrl, secretKey: ctx.secretKey, now: ctx.now, onQueued: () => ctx.worker.nudge() }));
  app.route('/', createHealthRoutes({ db: ctx.db, worker: ctx.worker, now: ctx.now, accepting: () => ctx.accepting }));

  app.notFound((c) => {
    const err = new HttpError(404, 'not_found', 'No such resource.');
    c.set('outcome', err.code);
    return c.json(errorBody(err, c.get('requestId')), 404);
  });
  app.onError(createErrorHandler(logger));
  return app;
}
