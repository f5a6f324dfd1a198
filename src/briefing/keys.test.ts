import { describe, expect, it } from 'vitest';
import { commandForKey } from './keys';

const type = (key: string, mods: { ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}) => commandForKey({ key, ...mods })?.type;

describe('commandForKey', () => {
  it('maps clicker and keyboard keys to next and previous', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N']) expect(type(k), k).toBe('next');
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']) expect(type(k), k).toBe('prev');
    expect(type('Home')).toBe('first');
    expect(type('End')).toBe('last');
  });
  it('maps digits, Enter, blanking, overview and full screen', () => {
    expect(commandForKey({ key: '7' })).toEqual({ type: 'digit', digit: 7 });
    expect(type('Enter')).toBe('enter');
    expect(type('b')).toBe('black');
    expect(type('.')).toBe('black');
    expect(type('W')).toBe('white');
    expect(type('Escape')).toBe('escape');
    expect(type('o')).toBe('overview');
    expect(type('f')).toBe('fullscreen');
  });
  it('leaves modified keys and unknown keys to the browser', () => {
    expect(type('p', { ctrlKey: true })).toBeUndefined();
    expect(type('r', { metaKey: true })).toBeUndefined();
    expect(type('ArrowRight', { altKey: true })).toBeUndefined();
    expect(type('Tab')).toBeUndefined();
    expect(type('x')).toBeUndefined();
  });
});

describe('keys on a focused control', () => {
  it('leaves Enter and Space to a focused button, but still steps with the arrows', () => {
    expect(commandForKey({ key: 'Enter', onControl: true })).toBeUndefined();
    expect(commandForKey({ key: ' ', onControl: true })).toBeUndefined();
    expect(commandForKey({ key: 'ArrowRight', onControl: true })).toEqual({ type: 'next' });
    expect(commandForKey({ key: 'Enter' })).toEqual({ type: 'enter' });
  });
});
