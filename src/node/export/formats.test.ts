import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, formatFor } from './formats';

const id = (r: ReturnType<typeof formatFor>) => (r.ok ? r.format.id : r.error);

describe('formatFor', () => {
  it('takes the format from the extension, in any case', () => {
    expect(id(formatFor('deck.pdf'))).toBe('pdf');
    expect(id(formatFor('out/Deck.PDF'))).toBe('pdf');
  });

  it('refuses an extension that is no format, and a name without one, saying what to write', () => {
    expect(id(formatFor('deck.txt'))).toBe('--out deck.txt: .txt is not an export format; name a .pdf file (formats: pdf, png, html, mp4)');
    expect(id(formatFor('deck'))).toBe('--out deck has no extension: name a .pdf file, or give --format');
    expect(id(formatFor('booth/'))).toMatch(/^--out booth\/ is a folder: name a \.pdf file/);
  });

  it('says "not yet" for a planned format, by extension or by --format', () => {
    expect(id(formatFor('loop.mp4'))).toBe('mp4 export (MP4 video of the kiosk loop) is not available yet; this version writes pdf');
    expect(id(formatFor('deck.pdf', 'png'))).toMatch(/^png export .* is not available yet/);
  });

  it('checks --format against the target', () => {
    expect(id(formatFor('deck.pdf', 'pdf'))).toBe('pdf');
    expect(id(formatFor('deck.txt', 'pdf'))).toBe('--out deck.txt: a pdf export is written to a .pdf file, not a .txt file');
    expect(id(formatFor('deck', 'pdf'))).toBe('--out deck: a pdf export is written to a .pdf file, not a name without an extension');
    expect(id(formatFor('deck.pdf', 'docx'))).toBe('--format must be one of pdf, png, html, mp4, got "docx"');
  });

  it('lists each extension under one format only', () => {
    const all = EXPORT_FORMATS.flatMap((f) => f.extensions);
    expect(new Set(all).size).toBe(all.length);
  });
});
