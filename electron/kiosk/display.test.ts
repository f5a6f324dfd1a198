import { describe, expect, it } from 'vitest';
import { chooseDisplay, type DisplayInfo } from './display';

const laptop: DisplayInfo = { id: 1, label: 'Built-in Retina Display', internal: true, bounds: { x: 0, y: 0, width: 1512, height: 982 } };
const small: DisplayInfo = { id: 7, label: 'HP E24', internal: false, bounds: { x: 1512, y: 0, width: 1920, height: 1080 } };
const big: DisplayInfo = { id: 9, label: 'DELL U2720Q', internal: false, bounds: { x: 3432, y: 0, width: 3840, height: 2160 } };

describe('chooseDisplay', () => {
  it('defaults to the largest external display', () => {
    expect(chooseDisplay([laptop, small, big], laptop).display).toBe(big);
  });
  it('falls back to the primary display when there is no external one', () => {
    expect(chooseDisplay([laptop], laptop)).toMatchObject({ display: laptop, reason: 'primary display' });
  });
  it('treats non-primary displays as external when the system does not say', () => {
    const a = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
    const b = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } };
    expect(chooseDisplay([a, b], a).display).toBe(b);
  });
  it('takes a 1-based number, an id or part of a name', () => {
    expect(chooseDisplay([laptop, small, big], laptop, 2).display).toBe(small);
    expect(chooseDisplay([laptop, small, big], laptop, '1').display).toBe(laptop);
    expect(chooseDisplay([laptop, small, big], laptop, 9).display).toBe(big);
    expect(chooseDisplay([laptop, small, big], laptop, 'hp e').display).toBe(small);
  });
  it('warns and uses the default when the wanted display is not there', () => {
    const c = chooseDisplay([laptop, small], laptop, 'Samsung');
    expect(c.display).toBe(small);
    expect(c.warning).toContain('no display matches "Samsung"');
  });
});
