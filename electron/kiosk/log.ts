/**
 * The kiosk's log: one line per event (start, stop, crash, reload, release change, …) in a file in
 * the user data folder, rotated by size (kiosk.log → kiosk.1.log → …), so nine-hour days for weeks
 * never fill the disk. An own ~40 lines instead of electron-log: we need append + rotate only, and
 * this runs in unit tests without Electron.
 */
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { printable } from '../../src/release/messages';

export interface KioskLog {
  info(event: string, detail?: Record<string, unknown>): void;
  error(event: string, detail?: Record<string, unknown>): void;
  readonly file: string;
}

export interface LogOptions {
  dir: string;
  name?: string;
  maxBytes: number;
  files: number;
  now?: () => Date;
  /** Also write to stderr (an operator watching a terminal or journald). */
  echo?: (line: string) => void;
}

export function createKioskLog(o: LogOptions): KioskLog {
  const name = o.name ?? 'kiosk';
  const file = join(o.dir, `${name}.log`);
  const rotated = (n: number) => join(o.dir, `${name}.${n}.log`);
  mkdirSync(o.dir, { recursive: true });

  const rotateIfNeeded = (incoming: number) => {
    let size = 0;
    try {
      size = statSync(file).size;
    } catch {
      return;
    }
    if (size + incoming <= o.maxBytes) return;
    const keep = o.files - 1;
    if (keep <= 0) return void rmSync(file, { force: true });
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) if (existsSync(rotated(n))) renameSync(rotated(n), rotated(n + 1));
    renameSync(file, rotated(1));
  };

  const write = (level: string, event: string, detail?: Record<string, unknown>) => {
    // Details quote release text (a problem's message); the log is read with `tail -f` in a terminal.
    const line = `${printable(`${(o.now?.() ?? new Date()).toISOString()} ${level} ${event}${detail ? ` ${JSON.stringify(detail)}` : ''}`)}\n`;
    try {
      rotateIfNeeded(Buffer.byteLength(line));
      appendFileSync(file, line);
    } catch {
      // A full or read-only disk must not take the kiosk down with it.
    }
    o.echo?.(line);
  };
  return { info: (e, d) => write('INFO', e, d), error: (e, d) => write('ERROR', e, d), file };
}
