const startsWith = (bytes: Buffer, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The content types whose bytes contentMatches can recognise; an allow-list is a subset of these. */
export const RECOGNISED_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type RecognisedContentType = (typeof RECOGNISED_CONTENT_TYPES)[number];

/**
 * Whether the bytes are what the declared content type says (magic numbers, not the file name); a type not
 * recognised here never matches, so an upload cannot slip through with a type nobody checks.
 */
export function contentMatches(bytes: Buffer, contentType: string): boolean {
  switch (contentType) {
    case 'image/jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'image/png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/webp':
      return startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8);
    case 'application/pdf':
      return startsWith(bytes, ascii('%PDF-'));
    default:
      return false;
  }
}
