import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from './options';
import { EXPORT_FORMAT_IDS, FORMAT_TABLE, formatFor } from './formats';

const id = (r: ReturnType<typeof formatFor>) => (r.ok ? r.format.id : r.error);

describe('formatFor', () => {
  it('takes the format from the extension, in any case', () => {
    expect(id(formatFor('deck.pdf'))).toBe('pdf');
    expect(id(formatFor('out/Deck.PDF'))).toBe('pdf');
    expect(id(formatFor('deck.png'))).toBe('png');
    expect(id(formatFor('loop.mp4'))).toBe('mp4');
    expect(id(formatFor('player.zip'))).toBe('html');
  });

  it('a new name without an extension is the HTML player folder', () => {
    expect(id(formatFor('booth/player'))).toBe('html');
  });

  it('refuses an extension that is no format, and an existing folder without --format, saying what to write', () => {
    expect(id(formatFor('deck.txt'))).toBe('--out deck.txt: .txt is not an export format; name a .pdf, .png, .mp4, .zip file or a new folder (formats: pdf, png, mp4, html)');
    expect(id(formatFor('booth/'))).toBe('--out booth/ is a folder: name a file such as deck.pdf, or give --format png or html to write into it');
    expect(id(formatFor('booth', undefined, true))).toMatch(/^--out booth is a folder/);
  });

  it('checks --format against the target', () => {
    expect(id(formatFor('deck.pdf', 'pdf'))).toBe('pdf');
    expect(id(formatFor('pages/', 'png'))).toBe('png');
    expect(id(formatFor('deck.txt', 'pdf'))).toBe('--out deck.txt: a pdf export is written to a .pdf file, not a .txt file');
    expect(id(formatFor('deck', 'pdf'))).toBe('--out deck: a pdf export is written to a .pdf file, not a name without an extension');
    expect(id(formatFor('deck.pdf', 'docx'))).toBe('--format must be one of pdf, png, mp4, html, got "docx"');
  });

  it('lists each extension under one format only, and every format of the pipeline', () => {
    const all = FORMAT_TABLE.flatMap((f) => f.extensions);
    expect(new Set(all).size).toBe(all.length);
    expect([...EXPORT_FORMAT_IDS].sort()).toEqual([...EXPORT_FORMATS].sort());
  });
});
