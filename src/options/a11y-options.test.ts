import { describe, expect, it } from 'vitest';
import { a11yQuery, type A11yQuery } from './a11y-options';

describe('a11yQuery', () => {
  it('turns valid options into renderer URL parameters', () => {
    expect(a11yQuery({ font: 'xlarge', contrast: 'high', 'viewing-distance': '4m', 'screen-diagonal': '55in', 'no-shortcuts': true })).toEqual({
      ok: true,
      query: { font: 'xlarge', contrast: 'high', distance: '4m', diagonal: '55in', shortcuts: 'off' } satisfies A11yQuery,
    });
  });
  it('rejects unknown modes and half a distance rule', () => {
    expect(a11yQuery({ font: 'huge' as 'large' })).toMatchObject({ ok: false, error: expect.stringContaining('--font must be one of') });
    expect(a11yQuery({ 'viewing-distance': '4m' })).toMatchObject({ ok: false });
    expect(a11yQuery({ 'viewing-distance': 'far', 'screen-diagonal': '55in' })).toMatchObject({ ok: false });
  });
});
