import { describe, expect, it } from 'vitest';
import { ExitGuard, isBlockedShortcut, matchesChord, parseChord, type KeyInput } from './chord';

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
});
