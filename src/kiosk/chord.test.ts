import { describe, expect, it } from 'vitest';
import { ExitGuard, isBlockedShortcut, matchesChord, parseChord, pinLockoutMs, type KeyInput, type WrongPin } from './chord';

const key = (k: string, mods: Partial<KeyInput> = {}, code?: string): KeyInput => ({
  type: 'keyDown', key: k, code, control: false, alt: false, shift: false, meta: false, ...mods,
});
const chordInput = key('Q', { control: true, alt: true, shift: true }, 'KeyQ');

describe('chords', () => {
  it('parses and matches the default chord, by physical key', () => {
    const chord = parseChord('Ctrl+Alt+Shift+Q')!;
    expect(chord).toEqual({ control: true, alt: true, shift: true, meta: false, key: 'q' });
    expect(matchesChord(chordInput, chord)).toBe(true);
    expect(matchesChord(key('q', { control: true, alt: true }, 'KeyQ'), chord)).toBe(false);
  });
  it('refuses chords a visitor could press by accident, and nonsense', () => {
    expect(parseChord('Q')).toBeUndefined();
    expect(parseChord('Shift+Q')).toBeUndefined();
    expect(parseChord('Ctrl+Ctrl+Q')).toBeUndefined();
    expect(parseChord('Ctrl+A+B')).toBeUndefined();
    expect(parseChord('Cmd+Option+F10')).toEqual({ control: false, alt: true, shift: false, meta: true, key: 'f10' });
  });
  it('swallows reload, zoom, devtools, close and Esc, lets deck keys through', () => {
    for (const k of [key('F5'), key('r', { control: true }, 'KeyR'), key('R', { control: true, shift: true }, 'KeyR'), key('=', { control: true }), key('-', { meta: true }), key('0', { control: true }, 'Digit0'), key('F12'), key('I', { control: true, shift: true }, 'KeyI'), key('F4', { alt: true }), key('Escape'), key('w', { meta: true }, 'KeyW')]) {
      expect(isBlockedShortcut(k), JSON.stringify(k)).toBe(true);
    }
    for (const k of [key('ArrowRight'), key('PageDown'), key('PageUp'), key(' '), key('Home'), key('End'), key('b', {}, 'KeyB')]) {
      expect(isBlockedShortcut(k), JSON.stringify(k)).toBe(false);
    }
  });
});

describe('ExitGuard', () => {
  it('exits on the chord when there is no PIN', () => {
    const guard = new ExitGuard({ chord: parseChord('Ctrl+Alt+Shift+Q')!, now: () => 0 });
    expect(guard.handle(key('ArrowRight'))).toBe('pass');
    expect(guard.handle(key('Escape'))).toBe('block');
    expect(guard.handle(chordInput)).toBe('exit');
  });
  it('with a PIN: chord, digits, Enter; a wrong or slow PIN starts over', () => {
    let now = 0;
    const guard = new ExitGuard({ chord: parseChord('Ctrl+Alt+Shift+Q')!, pin: '2468', now: () => now, pinWindowMs: 10_000 });
    const typePin = (pin: string) => [...pin].map((d) => guard.handle(key(d, {}, `Digit${d}`)));
    expect(guard.handle(chordInput)).toBe('block');
    expect(typePin('1111')).toEqual(['block', 'block', 'block', 'block']);
    expect(guard.handle(key('Enter'))).toBe('block');
    expect(guard.handle(key('5', {}, 'Digit5'))).toBe('pass');

    expect(guard.handle(chordInput)).toBe('block');
    now = 11_000;
    typePin('2468');
    expect(guard.handle(key('Enter'))).toBe('pass');

    expect(guard.handle(chordInput)).toBe('block');
    typePin('2468');
    expect(guard.handle(key('Enter'))).toBe('exit');
  });

  it('locks the chord out for growing times after wrong PINs, logs each, and lets the right PIN through afterwards', () => {
    let now = 0;
    const wrong: WrongPin[] = [];
    const locked: number[] = [];
    const guard = new ExitGuard({
      chord: parseChord('Ctrl+Alt+Shift+Q')!, pin: '2468', now: () => now, pinWindowMs: 10_000,
      onWrongPin: (w) => wrong.push(w), onLockedOut: (ms) => locked.push(ms),
    });
    const attempt = (pin: string) => {
      const first = guard.handle(chordInput);
      for (const d of pin) guard.handle(key(d, {}, `Digit${d}`));
      return [first, guard.handle(key('Enter'))];
    };
    expect(attempt('0000')).toEqual(['block', 'block']);
    expect(attempt('1111')).toEqual(['block', 'block']);
    expect(wrong).toEqual([{ tries: 1, lockedForMs: 0 }, { tries: 2, lockedForMs: 0 }]);
    expect(attempt('2222')).toEqual(['block', 'block']);
    expect(wrong.at(-1)).toEqual({ tries: 3, lockedForMs: 30_000 });

    // Locked: the chord is swallowed and not taken as the start of a PIN, so the right PIN does nothing,
    // and its digits reach the deck as ordinary keys.
    now += 29_000;
    expect(attempt('2468')).toEqual(['block', 'pass']);
    expect(locked).toEqual([1_000]);
    expect(guard.waitingForPin).toBe(false);

    now += 1_000;
    expect(attempt('3333')[1]).toBe('block');
    expect(wrong.at(-1)).toEqual({ tries: 4, lockedForMs: 60_000 });
    now += 60_000;
    expect(attempt('2468')).toEqual(['block', 'exit']);
  });
});

describe('pinLockoutMs', () => {
  it('waits nothing for two slips, then doubles from 30 s up to 30 min', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map(pinLockoutMs)).toEqual([0, 0, 30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_800_000, 1_800_000]);
  });
  it('makes guessing a 4-digit PIN take months', () => {
    let total = 0;
    for (let n = 1; n <= 5_000; n++) total += pinLockoutMs(n);
    expect(total / 86_400_000).toBeGreaterThan(100);
  });
});
