import { describe, expect, it } from 'vitest';
import { describeKioskProblem, parseKioskProblem } from './problem';

describe('kiosk problem reports', () => {
  it('accept an image that did not load and describe it for the log', () => {
    const p = parseKioskProblem({ kind: 'image', field: 'ceremony.photo', path: 'photos/signing.jpg' });
    expect(p && describeKioskProblem(p)).toBe('ceremony.photo: photos/signing.jpg could not be loaded; the slide is shown without it');
  });
  it('refuse anything else: other kinds, extra fields, control characters that could forge a log line', () => {
    expect(parseKioskProblem({ kind: 'eval', field: 'x', path: 'y' })).toBeUndefined();
    expect(parseKioskProblem({ kind: 'image', field: 'ceremony.photo', path: 'a.jpg', extra: 1 })).toBeUndefined();
    expect(parseKioskProblem({ kind: 'image', field: 'ceremony.photo', path: 'a.jpg\n2024 INFO stop' })).toBeUndefined();
    expect(parseKioskProblem({ kind: 'image', field: 'ceremony.photo', path: 'a\u202Egpj.exe' })).toBeUndefined();
    expect(parseKioskProblem({ kind: 'image', field: '../x', path: 'a.jpg' })).toBeUndefined();
    expect(parseKioskProblem({ kind: 'image', field: 'ceremony.photo', path: 'x'.repeat(501) })).toBeUndefined();
  });
});
