import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import swaggerUi from 'swagger-ui-express';
import type { ApiContext } from './context';
import { identifyActor } from './http/actor';
import { errorMiddleware } from './http/errorMiddleware';
import { HttpError } from './http/errors';
import { jsonOnly } from './http/jsonOnly';
import { openApiDocument } from './openapi/document';
import { FEATURE_ROUTERS } from './routes';

export function createApp(ctx: ApiContext): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
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

  const docs = openApiDocument();
  app.get('/api/openapi.json', (_req, res) => void res.json(docs));
  // Swagger UI needs inline scripts and styles, so it gets its own relaxed policy.
  app.use('/api/docs', helmet({ contentSecurityPolicy: false }), swaggerUi.serve, swaggerUi.setup(docs));

  app.use(helmet());
  app.get('/api/health', (_req, res) => void res.json({ status: 'ok' }));
  app.use('/api', jsonOnly, express.json({ limit: '1mb' }), identifyActor(ctx.prisma));
  for (const createRouter of FEATURE_ROUTERS) app.use('/api', createRouter(ctx));
  app.use('/api', (_req, _res, next) => next(new HttpError(404, 'NOT_FOUND', 'Нет такого адреса API')));
  app.use(errorMiddleware);
  return app;
}
