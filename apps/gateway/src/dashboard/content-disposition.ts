/**
 * `Content-Disposition: attachment` with an ASCII `filename` for old clients and the real (Chinese) name as
 * RFC 5987 / RFC 6266 `filename*=UTF-8''…` (percent-encoded UTF-8; `'()*` encoded too, which
 * encodeURIComponent leaves alone but RFC 5987's attr-char does not allow).
 */
export function attachment(filename: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
