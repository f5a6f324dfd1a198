/**
 * Keys at the kiosk: the deliberate chord that leaves it (optionally followed by a PIN and Enter),
 * and the browser shortcuts that must never reach Chromium (reload, zoom, devtools, close, Esc).
 * Pure: the main process feeds it Electron's `before-input-event` inputs.
 *   parseChord('Ctrl+Alt+Shift+Q') → { control: true, alt: true, shift: true, meta: false, key: 'q' }
 */
export interface KeyInput {
  type?: string;
  key: string;
  code?: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

export interface Chord {
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  /** Lower-case key name: 'q', 'f10', 'escape'. */
  key: string;
}

const MODIFIERS: Record<string, keyof Omit<Chord, 'key'>> = {
  ctrl: 'control', control: 'control', alt: 'alt', option: 'alt', shift: 'shift', meta: 'meta', cmd: 'meta', command: 'meta', super: 'meta',
};

export function parseChord(text: string): Chord | undefined {
  const parts = text.split('+').map((p) => p.trim().toLowerCase());
  const chord: Chord = { control: false, alt: false, shift: false, meta: false, key: '' };
  for (const part of parts) {
    const mod = MODIFIERS[part];
    if (mod) {
      if (chord[mod]) return undefined;
      chord[mod] = true;
    } else if (part && !chord.key) {
      chord.key = part;
    } else {
      return undefined;
    }
  }
  // A chord without modifiers would be one a visitor can hit by accident.
  if (!chord.key || !(chord.control || chord.alt || chord.meta)) return undefined;
  return chord;
}

/** The key a keyboard produced, compared by physical letter/digit when possible (Shift+Q gives 'Q'). */
function keyName(input: KeyInput): string {
  const code = input.code ?? '';
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  if (/^Digit\d$/.test(code)) return code.slice(5);
  return input.key.toLowerCase();
}

export function matchesChord(input: KeyInput, chord: Chord): boolean {
  return (
    input.control === chord.control && input.alt === chord.alt && input.shift === chord.shift && input.meta === chord.meta && keyName(input) === chord.key
  );
}

/**
 * Browser and window shortcuts the kiosk swallows. Navigation keys (arrows, PageUp/Down, Home/End,
 * Space) and plain letters pass through to the deck.
 */
export function isBlockedShortcut(input: KeyInput): boolean {
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (key === 'escape' || key === 'f5' || key === 'f11' || key === 'f12' || key === 'browserback' || key === 'browserforward' || key === 'browserrefresh') return true;
  if (input.alt && (key === 'f4' || key === 'arrowleft' || key === 'arrowright' || key === 'home')) return true;
  if (input.control && key === 'f4') return true;
  if (mod && ['r', 'w', 'q', 'n', 't', 'p', 's', 'o', 'f', 'g', 'h', 'j', 'l', 'u', 'i', 'c', 'v', 'x', 'a'].includes(keyName(input))) return true;
  if (mod && ['+', '=', '-', '_', '0', 'add', 'subtract'].includes(key)) return true;
  return false;
}

export type GuardAction = 'pass' | 'block' | 'exit';

/** Wrong PINs that cost nothing: an operator in a hurry mistypes; someone guessing needs thousands. */
export const FREE_PIN_TRIES = 2;
const FIRST_LOCKOUT_MS = 30_000;
const MAX_LOCKOUT_MS = 30 * 60_000;

/**
 * How long the chord is ignored after the n-th wrong PIN in a row: nothing for the first two, then
 * 30 s, 1 min, 2 min, 4 min… doubling up to 30 min. Guessing a 4-digit PIN then takes months of
 * standing at the booth; an operator who mistypes three times waits half a minute.
 */
export function pinLockoutMs(wrongTries: number): number {
  if (wrongTries <= FREE_PIN_TRIES) return 0;
  return Math.min(FIRST_LOCKOUT_MS * 2 ** (wrongTries - FREE_PIN_TRIES - 1), MAX_LOCKOUT_MS);
}

export interface WrongPin {
  /** Wrong PINs in a row so far. */
  tries: number;
  /** How long the chord is now ignored. */
  lockedForMs: number;
}

export interface ExitGuardOptions {
  chord: Chord;
  pin?: string;
  now(): number;
  /** How long the PIN may take after the chord. */
  pinWindowMs?: number;
  /** Each wrong PIN, for the log (nothing is shown on screen). */
  onWrongPin?(wrong: WrongPin): void;
  /** The chord pressed while wrong PINs keep it locked. */
  onLockedOut?(remainingMs: number): void;
}

/**
 * Decides, key by key, whether an input reaches the page, is swallowed, or ends the kiosk. After the
 * chord, with a PIN configured, the next digits and Enter are swallowed and checked; a wrong PIN or
 * a slow one starts over. Wrong PINs in a row lock the chord out for growing times (pinLockoutMs);
 * the kiosk itself runs on as before.
 */
export class ExitGuard {
  #o: ExitGuardOptions;
  #entering: { digits: string; until: number } | undefined;
  #wrongTries = 0;
  #lockedUntil = 0;

  constructor(options: ExitGuardOptions) {
    this.#o = options;
  }

  get waitingForPin(): boolean {
    return this.#entering !== undefined && this.#o.now() <= this.#entering.until;
  }

  handle(input: KeyInput): GuardAction {
    if (input.type !== undefined && input.type !== 'keyDown') return this.#entering || isBlockedShortcut(input) ? 'block' : 'pass';
    if (matchesChord(input, this.#o.chord)) {
      if (!this.#o.pin) return 'exit';
      const now = this.#o.now();
      if (now < this.#lockedUntil) {
        this.#entering = undefined;
        this.#o.onLockedOut?.(this.#lockedUntil - now);
        return 'block';
      }
      this.#entering = { digits: '', until: now + (this.#o.pinWindowMs ?? 15_000) };
      return 'block';
    }
    if (this.#entering) {
      if (this.#o.now() > this.#entering.until) {
        this.#entering = undefined;
      } else {
        const k = keyName(input);
        if (/^\d$/.test(k) && !input.control && !input.alt && !input.meta) {
          this.#entering.digits += k;
          return 'block';
        }
        if (input.key === 'Enter') {
          const ok = this.#entering.digits === this.#o.pin;
          this.#entering = undefined;
          if (ok) return 'exit';
          this.#wrongTries += 1;
          const lockedForMs = pinLockoutMs(this.#wrongTries);
          this.#lockedUntil = this.#o.now() + lockedForMs;
          this.#o.onWrongPin?.({ tries: this.#wrongTries, lockedForMs });
          return 'block';
        }
        if (input.key === 'Shift' || input.key === 'Control' || input.key === 'Alt' || input.key === 'Meta') return 'block';
        this.#entering = undefined;
        return 'block';
      }
    }
    return isBlockedShortcut(input) ? 'block' : 'pass';
  }
}
