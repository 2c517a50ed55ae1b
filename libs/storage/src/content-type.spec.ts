import { contentMatches } from './content-type';

describe('contentMatches', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]);
  const pdf = Buffer.from('%PDF-1.4\n');
  const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);

  it('recognises each accepted type by its first bytes', () => {
    expect(contentMatches(png, 'image/png')).toBe(true);
    expect(contentMatches(jpeg, 'image/jpeg')).toBe(true);
    expect(contentMatches(pdf, 'application/pdf')).toBe(true);
    expect(contentMatches(webp, 'image/webp')).toBe(true);
  });

  it('refuses bytes that are another type than declared, or too short to tell', () => {
    expect(contentMatches(png, 'application/pdf')).toBe(false);
    expect(contentMatches(pdf, 'image/jpeg')).toBe(false);
    expect(contentMatches(Buffer.from('RIFF'), 'image/webp')).toBe(false);
    expect(contentMatches(Buffer.alloc(0), 'image/png')).toBe(false);
  });

  it('tells a Word file from an Excel one by the folder inside the ZIP, and never matches a type it does not know', () => {
    const zip = (entry: string) =>
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(entry)]);
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    expect(contentMatches(zip('word/document.xml'), docx)).toBe(true);
    expect(contentMatches(zip('xl/workbook.xml'), xlsx)).toBe(true);
    expect(contentMatches(zip('xl/workbook.xml'), docx)).toBe(false);
    expect(contentMatches(Buffer.from('word/'), docx)).toBe(false);
    expect(contentMatches(pdf, 'text/html')).toBe(false);
  });
});
