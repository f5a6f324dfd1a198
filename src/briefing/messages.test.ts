import { describe, expect, it } from 'vitest';
import { parseNavMessage } from './messages';

describe('parseNavMessage', () => {
  it('accepts the messages the windows send', () => {
    const lead = { id: 'lead~2', stem: 'lead', title: 'Lead (2/2)', n: 2, of: 2 };
    const state = { kind: 'state', source: 'presenter-1', seq: 3, index: 2, page: lead, blackout: 'black', overview: false };
    expect(parseNavMessage(state)).toEqual(state);
    expect(parseNavMessage({ kind: 'deck', source: 'a', pages: [{ id: 'title', stem: 'title', title: 'T', n: 1, of: 1 }, lead] })).toBeDefined();
    expect(parseNavMessage({ kind: 'hello', source: 'a' })).toBeDefined();
    expect(parseNavMessage({ kind: 'fullscreen', source: 'a' })).toBeDefined();
  });
  it('refuses anything else: unknown kinds, extra fields, bad values', () => {
    expect(parseNavMessage(undefined)).toBeUndefined();
    expect(parseNavMessage({ kind: 'eval', source: 'a' })).toBeUndefined();
    expect(parseNavMessage({ kind: 'hello', source: 'a', code: 'x' })).toBeUndefined();
    expect(parseNavMessage({ kind: 'state', source: 'a', seq: 0, index: -1, blackout: 'none', overview: false })).toBeUndefined();
    expect(parseNavMessage({ kind: 'state', source: 'a', seq: 0, index: 0, blackout: 'grey', overview: false })).toBeUndefined();
    expect(parseNavMessage({ kind: 'hello', source: '' })).toBeUndefined();
    expect(parseNavMessage({ kind: 'deck', source: 'a', pages: ['title'] })).toBeUndefined();
    expect(parseNavMessage({ kind: 'deck', source: 'a', pages: [{ id: 'x', stem: 'x', title: 'X', n: 0, of: 1 }] })).toBeUndefined();
  });
});
