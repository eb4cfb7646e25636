import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import swaggerUi from 'swagger-ui-express';
import { loadProductionCalendar } from '../shared/calendar/loadProductionCalendar';
import type { ApiContext } from './context';
import cors from 'cors';
import { CSRF_HEADER } from './auth/refreshCookie';
import { createAuthRouters } from './auth/routes';
import { createSessionService } from './auth/sessions';
import { authenticate } from './http/actor';
import { errorMiddleware } from './http/errorMiddleware';
import { HttpError } from './http/errors';
import { jsonOnly } from './http/jsonOnly';
import { methodNotAllowed } from './http/methodNotAllowed';
import { openApiDocument } from './openapi/document';
import { createMetrics } from './metrics/metrics';
import { createOperationsRouter } from './metrics/routes';
import { FEATURE_ROUTERS } from './routes';
import { createIndicatorPushRouter } from './indicators/pushRoutes';

/** The built react-admin workspace: its files, and index.html for every other page (client routing). */
function serveWorkspace(app: express.Express, dist: string): void {
  if (!existsSync(path.join(dist, 'index.html'))) return;
  app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
  app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(dist, 'index.html')));
}

/** The app over its dependencies; without a calendar given, the configured file is read here, once. */
export function createApp(deps: Omit<ApiContext, 'calendar'> & { calendar?: ApiContext['calendar'] }): express.Express {
  const ctx: ApiContext = { ...deps, calendar: deps.calendar ?? loadProductionCalendar(deps.config.PRODUCTION_CALENDAR_FILE) };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // Set by the entry point once SIGTERM arrives: readiness then answers 503 so traffic moves elsewhere.
  app.locals.draining = false;
  const docs = openApiDocument();
  const metrics = createMetrics(ctx.prisma, Object.keys(docs.paths ?? {}));
  app.use(metrics.observe);
  // Paths only: query strings can carry names and SNILS, which must not reach the logs (152-FZ).
  app.use(
    pinoHttp({
      logger: ctx.logger,
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );

  app.get('/api/openapi.json', (_req, res) => void res.json(docs));
  // Swagger UI needs inline scripts and styles, so it gets its own relaxed policy.
  app.use('/api/docs', helmet({ contentSecurityPolicy: false }), swaggerUi.serve, swaggerUi.setup(docs));

  app.use(helmet());
  // Only the configured browser origins; react-admin reads the paging headers.
  app.use(
    '/api',
    cors({
      origin: ctx.config.CORS_ORIGINS,
      exposedHeaders: ['Content-Range', 'X-Total-Count', 'X-Next-Cursor', 'X-Total-Count-Capped'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', CSRF_HEADER],
      // The refresh cookie goes to an allowed origin's sign-in routes too.
      credentials: true,
    }),
  );
  app.get('/api/health', (_req, res) => void res.json({ status: 'ok' }));
  app.use(createOperationsRouter(ctx, metrics, () => app.locals.draining === true));
  app.use(methodNotAllowed({ ...docs.paths, '/api/health': { get: {} }, '/api/openapi.json': { get: {} } }));

  const sessions = createSessionService(ctx.prisma, ctx.config);
  const signedIn = authenticate(sessions);
  const auth = createAuthRouters(ctx, sessions, signedIn);
  app.use('/api', jsonOnly, express.json({ limit: '1mb' }), auth.open, auth.closed);
  // External systems push indicator values with their own key, not a user's session.
  app.use('/api', createIndicatorPushRouter(ctx));
  app.use('/api', signedIn);
  for (const createRouter of FEATURE_ROUTERS) app.use('/api', createRouter(ctx));
  app.use('/api', (_req, _res, next) => next(new HttpError(404, 'NOT_FOUND', 'Нет такого адреса API')));
  app.use(errorMiddleware);
  serveWorkspace(app, ctx.config.ADMIN_UI_DIST);
  return app;
}
