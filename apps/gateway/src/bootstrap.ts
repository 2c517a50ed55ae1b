import 'reflect-metadata';
import { RequestMethod, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { GatewayConfig } from './config/gateway-config';
import { serveConsole } from './console/console-static';
import { GatewayModule } from './gateway.module';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { requestIdMiddleware } from './http/request-id';
import { securityHeaders } from './http/security-headers';
import { setupOpenApi } from './openapi/openapi';

export const API_PREFIX = 'api/v1';

/**
 * Creates, migrates and starts the gateway; resolves once it listens. Tests pass `port: 0` and read
 * the port from `app.getUrl()`.
 */
export async function startGateway(config: GatewayConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  // Before Nest's body parser, so that even a malformed body gets an id in its problem and log line.
  app.use(requestIdMiddleware);
  app.use(securityHeaders());
  // The web console's built files at / (before the routes: paths under /api, /health, /ready pass through).
  serveConsole(app);
  // No CORS unless origins are configured: browsers then refuse cross-origin calls to the API.
  if (config.corsOrigins?.length) {
    app.enableCors({
      origin: config.corsOrigins,
      exposedHeaders: ['x-request-id', 'retry-after', 'www-authenticate'],
      maxAge: 600,
    });
  }
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'ready', method: RequestMethod.GET },
      { path: 'ready/self', method: RequestMethod.GET },
    ],
  });
  // Global (not per module) so that it also answers errors raised outside controllers: malformed
  // JSON from the body parser and unknown routes.
  app.useGlobalFilters(new ProblemDetailsFilter());
  setupOpenApi(app);
  await app.listen(config.port, config.host ?? '0.0.0.0');
  return app;
}
