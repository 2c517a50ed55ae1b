import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';

// The parts of Express the console needs (the gateway does without @types/express, see http/http-types.ts).
type Request = IncomingMessage;
interface Response extends ServerResponse {
  sendFile(
    path: string,
    options: { headers: Record<string, string>; dotfiles?: 'deny' },
    done: (error?: Error) => void,
  ): void;
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
  const root = resolve(dir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  const send = (res: Response, file: string, cacheControl: string, next: NextFunction) =>
    res.sendFile(file, { headers: { 'Cache-Control': cacheControl }, dotfiles: 'deny' }, (error) => {
      if (error) next(error);
    });
  // One middleware that lets the gateway's own paths through at once: a static file server in front of
  // every route would look for a file on disk for each API request (a stat per request under load).
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://console').pathname);
    } catch {
      return next();
    }
    if (GATEWAY_PATHS.test(path)) return next();
    // A file of the build, never outside it.
    const file = resolve(root, `.${path}`);
    const inside = file.startsWith(root + sep);
    const isAsset = file.startsWith(join(root, 'assets') + sep);
    void (inside && path !== '/' ? stat(file).catch(() => null) : Promise.resolve(null)).then((found) => {
      if (found?.isFile())
        return send(res, file, isAsset ? 'public, max-age=31536000, immutable' : 'no-cache', next);
      // A missing file (a stale /assets/x.js, /robots.txt) is a 404, not the page: only page paths get it.
      if (/\.[a-z0-9]+$/i.test(path) || path.startsWith('/assets/')) return next();
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      send(res, index, 'no-cache', next);
    });
  });
  return true;
}
