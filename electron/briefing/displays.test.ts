import { describe, expect, it } from 'vitest';
import { chooseDisplays, windowBounds, type DisplayLike } from './displays';

const display = (id: number, x: number): DisplayLike => ({ id, bounds: { x, y: 0, width: 1920, height: 1080 }, workArea: { x, y: 0, width: 1920, height: 1040 } });
const laptop = display(1, 0);
const projector = display(7, 1920);
const tv = display(9, 3840);

describe('chooseDisplays', () => {
  it('puts the audience on the display that is not primary, the presenter on the laptop', () => {
    expect(chooseDisplays([laptop, projector], laptop)).toEqual({ audience: projector, presenter: laptop, shared: false });
    expect(chooseDisplays([projector, laptop], laptop)).toMatchObject({ audience: projector, presenter: laptop });
  });
  it('shares one display when there is only one', () => {
    expect(chooseDisplays([laptop], laptop)).toEqual({ audience: laptop, presenter: laptop, shared: true });
    expect(chooseDisplays([], laptop)).toMatchObject({ audience: laptop, shared: true });
  });
  it('honours --screen by position or by id', () => {
    expect(chooseDisplays([laptop, projector, tv], laptop, '3').audience).toBe(tv);
    expect(chooseDisplays([laptop, projector, tv], laptop, '9').audience).toBe(tv);
    // Asked for the primary: the presenter moves to another display.
    expect(chooseDisplays([laptop, projector], laptop, '1')).toMatchObject({ audience: laptop, presenter: projector, shared: false });
  });
  it('falls back to the default with a warning for a display that is not there', () => {
    const choice = chooseDisplays([laptop, projector], laptop, '5');
    expect(choice.audience).toBe(projector);
    expect(choice.warning).toBe('--screen 5: no such display (there are 2); using the default');
  });
});

describe('windowBounds', () => {
  it('fills each display on two displays, the audience in full screen', () => {
    const b = windowBounds(chooseDisplays([laptop, projector], laptop));
    expect(b).toEqual({ audience: projector.workArea, presenter: laptop.workArea, audienceFullScreen: true });
  });
  it('puts the windows side by side, without overlap, on one display', () => {
    const b = windowBounds(chooseDisplays([laptop], laptop));
    expect(b.audienceFullScreen).toBe(false);
    expect(b.audience.x + b.audience.width).toBe(b.presenter.x);
    expect(b.presenter.x + b.presenter.width).toBe(laptop.workArea.width);
    expect(b.audience.width / b.audience.height).toBeCloseTo(16 / 9, 2);
  });
});
