import helmet from 'helmet';

/**
 * Security headers on every response (helmet). The Content-Security-Policy is strict for scripts
 * (same origin only, no inline script): Swagger UI at /api/docs loads its scripts as files, including
 * its configuration (swagger-ui-init.js), so it works under it, and so will a web console served by the
 * gateway as long as it ships its scripts as files. Inline styles stay allowed, as Swagger UI's page
 * and its SVG icons use them. Pages may not be framed anywhere (clickjacking). No
 * upgrade-insecure-requests: the gateway is often reached over plain HTTP on a LAN or behind a
 * TLS-terminating proxy, and upgraded asset requests would then fail.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    xFrameOptions: { action: 'deny' },
  });
}
