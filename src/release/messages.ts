/**
 * Wording shared by every message that names release text: control characters shown escaped, and
 * counts that agree with their nouns. Pure: the CLI, the main process's log and the importer's
 * report all print through these.
 */

/**
 * Characters that must never reach a terminal raw: C0 controls (ESC starts the sequences that move
 * the cursor, clear the screen or retitle the window), DEL, C1 controls (U+009B is a one-byte CSI in
 * some terminals), the line and paragraph separators, and the bidi embedding, override and isolate
 * controls, which reorder what is displayed.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with every control character written as an escape, so release text printed in a terminal
 * or log shows what it holds instead of acting on the screen:
 *   printable('a\u001b[2Jb') → 'a\\x1b[2Jb'
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => {
    const named = NAMED[ch];
    if (named) return named;
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1, separators, bidi controls)
 * escaped as \uXXXX too: the same value for a JSON reader, harmless in a terminal.
 */
export function printableJson(json: string): string {
  // C0 controls inside strings are escaped by JSON.stringify already; outside them are its own line breaks.
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * "1 organization", "2 organizations", "0 sections". English only: these are operator messages,
 * not slide text (slide labels live in src/deck/labels.ts).
 */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
