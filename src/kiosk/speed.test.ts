import { describe, expect, it } from 'vitest';
import { clampSpeed, speedLabel, stepSpeed, SPEED_MAX, SPEED_MIN } from './speed';

describe('speed factor', () => {
  it('steps up and down a ladder from ×0.5 to ×10 and stops at the ends', () => {
    expect(stepSpeed(1, 1)).toBe(1.5);
    expect(stepSpeed(1, -1)).toBe(0.75);
    expect(stepSpeed(SPEED_MIN, -1)).toBe(SPEED_MIN);
    expect(stepSpeed(SPEED_MAX, 1)).toBe(SPEED_MAX);
    expect(stepSpeed(1.2, 1)).toBe(1.5);
    expect(stepSpeed(50, -1)).toBe(10);
  });
  it('clamps and labels', () => {
    expect(clampSpeed(0.1)).toBe(0.5);
    expect(clampSpeed(99)).toBe(10);
    expect(clampSpeed(Number.NaN)).toBe(1);
    expect(speedLabel(1.5)).toBe('×1.5');
  });
});
