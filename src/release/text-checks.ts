/**
 * Checks on release strings that the schema applies everywhere text or an image path appears.
 * Pure: shared by the browser build and Node, so both refuse the same things.
 */

/**
 * Characters that show nothing: Unicode white space, zero-width and joiner characters, the BOM,
 * soft hyphen, the Mongolian vowel separator and the bidi marks/controls. A string made only of
 * these looks empty on a slide, so it is treated as empty.
 */
const INVISIBLE = /^[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]*$/u;

export function isVisiblyEmpty(value: string): boolean {
  return INVISIBLE.test(value);
}

/**
 * Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). They make text
 * display in another order than it is stored ("Trojan Source"): a phone number or a name on a slide
 * could read differently from the file a reviewer approved. Right-to-left scripts display correctly
 * without them (the Unicode bidi algorithm needs no help for plain Arabic or Hebrew), and the
 * implicit marks U+200E/U+200F/U+061C, which reorder nothing beyond themselves, stay allowed.
 * Refused rather than stripped: silently changing approved wording is worse than asking.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const BIDI_NAMES: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING', '\u202B': 'RIGHT-TO-LEFT EMBEDDING', '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE', '\u202E': 'RIGHT-TO-LEFT OVERRIDE', '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE', '\u2068': 'FIRST STRONG ISOLATE', '\u2069': 'POP DIRECTIONAL ISOLATE',
};

/** Undefined when fine, else a message naming the first bidi control and where it is. */
export function bidiControlProblem(value: string): string | undefined {
  const m = BIDI_CONTROL.exec(value);
  if (!m) return undefined;
  const ch = m[0];
  const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `contains the invisible bidi control U+${code} ${BIDI_NAMES[ch]} (character ${[...value.slice(0, m.index)].length + 1}), which can make text display in a different order than it reads; remove it (right-to-left text displays correctly without it)`;
}

/**
 * Control characters other than tab and line breaks: ESC, BEL, DEL, the C1 range. On a slide they
 * show as nothing; in a terminal that prints the release (validate, plan, the kiosk log) they act.
 * Messages escape them anyway (src/release/messages.ts); the release itself has no use for them.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

/** Undefined when fine, else a message naming the first control character and where it is. */
export function controlCharProblem(value: string): string | undefined {
  const m = CONTROL.exec(value);
  if (!m) return undefined;
  const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `contains the control character U+${code} (character ${[...value.slice(0, m.index)].length + 1}), which shows as nothing on a slide; remove it`;
}

/**
 * Undefined when `value` may be an image path relative to the release file, else why not. The
 * file-system checks (exists, is an image, stays inside the folder through symlinks) are Node-only:
 * see src/node/assets.ts. These are the ones any build can make from the string alone.
 */
/** `beside` names the file paths are relative to in messages (a theme's logo is relative to the theme file). */
export function imagePathProblem(value: string, beside = 'release'): string | undefined {
  if (value.includes('\0')) return 'must not contain NUL characters';
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-z]:[\\/]/i.test(value)) {
    return `must be a file path relative to the ${beside} file, not a URL ("${value.slice(0, value.indexOf(':') + 1)}" links are never loaded)`;
  }
  if (/^[\\/]/.test(value) || /^[a-z]:/i.test(value)) {
    return `must be a path relative to the ${beside} file, not an absolute path`;
  }
  // Percent-encoded dots count too: the browser build resolves the path as a URL, where %2e%2e is "..".
  if (value.replace(/%2e/gi, '.').replace(/%2f|%5c/gi, '/').split(/[\\/]/).includes('..')) {
    return `must stay beside or below the ${beside} file (no ".." segments)`;
  }
  if (value.includes('\\')) return 'must use forward slashes (/) between folders';
  return undefined;
}
