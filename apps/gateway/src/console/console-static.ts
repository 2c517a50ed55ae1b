import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';

// The parts of Express the console needs (the gateway does without @types/express, see http/http-types.ts).
type Request = IncomingMessage;
interface Response extends ServerResponse {
  sendFile(path: string, options: { headers: Record<string, string> }, done: (error?: Error) => void): void;
}
type NextFunction = (error?: unknown) => void;

/** Where the console's production build is: CONSOLE_DIR, else dist/apps/console under the working directory. */
export function consoleDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONSOLE_DIR || join(process.cwd(), 'dist/apps/console'));
}

/** Paths the gateway answers itself: the API, its documents, the probes. */
const GATEWAY_PATHS = /^\/(api|health|ready)(\/|$)/;

/**
 * The web console (apps/console's build) at `/`: its files as they are, and `index.html` for any other
 * GET of a page (the console routes in the browser: /members/…). Vite's hashed assets under /assets/
 * never change, so they are cached for a year; everything else (index.html first) is revalidated on
 * every load, so a new build is seen at once. `/api`, `/health` and `/ready` are left to the gateway.
 * Without a build there is nothing to serve, and `/` answers 404 like any unknown route.
 */
export function serveConsole(app: NestExpressApplication, dir = consoleDir()): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(dir, {
    index: false,
    redirect: false,
    fallthrough: true,
    setHeaders: (res: ServerResponse, path: string) => {
      if (path.startsWith(join(dir, 'assets') + '/')) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      } else {
        res.setHeader('Cache-Control', 'no-cache');
      }
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const path = new URL(req.url ?? '/', 'http://console').pathname;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || GATEWAY_PATHS.test(path)) return next();
    // A missing file (a stale /assets/x.js, /robots.txt) is a 404, not the page: only page paths get it.
    if (/\.[a-z0-9]+$/i.test(path) || path.startsWith('/assets/')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }, (error) => {
      if (error) next(error);
    });
  });
  return true;
}
