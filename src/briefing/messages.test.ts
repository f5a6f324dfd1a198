import { describe, expect, it } from 'vitest';
import { parseNavMessage } from './messages';

describe('parseNavMessage', () => {
  it('accepts the messages the windows send', () => {
    const state = { kind: 'state', source: 'presenter-1', seq: 3, index: 2, slideId: 'lead', blackout: 'black', overview: false };
    expect(parseNavMessage(state)).toEqual(state);
    expect(parseNavMessage({ kind: 'deck', source: 'a', pages: ['title', 'lead'] })).toBeDefined();
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
  });
});
