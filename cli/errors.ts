/**
 * The one place an unexpected error becomes what a person reads: one line naming the command and
 * what went wrong (a file error says which file and why, in words), the stack trace only with
 * --debug. A reader that closes the pipe (`pressdeck plan x | head -3`) ends the command quietly:
 * nothing more can be shown, and nothing went wrong.
 */
import { printable } from '../src/release/messages';

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EEXIST: 'it already exists',
};

/** One line (or the stack with `debug`), starting with the command: `pressdeck schema: …`. */
export function describeError(error: unknown, command: string, debug: boolean): string {
  if (debug && error instanceof Error && error.stack) return `${error.stack.split('\n').map((l) => printable(l)).join('\n').replace(/^/, `${command}: `)}\n`;
  const e = error as Partial<NodeJS.ErrnoException> | undefined;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  let message: string;
  // A file error or a refused target says all there is to say; anything else may be a bug, whose stack helps.
  let expected = true;
  if (code && FS_REASONS[code] && typeof e?.path === 'string') message = `${e.path}: ${FS_REASONS[code]}`;
  else if (error instanceof Error) {
    message = error.message.split('\n')[0]!.trim() || error.name;
    expected = error.name === 'TargetError';
  } else {
    message = String(error);
    expected = false;
  }
  return `${printable(`${command}: ${message}`)}${expected ? '' : ' (--debug shows where)'}\n`;
}

export function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

/**
 * For the whole process: a closed stdout ends it with exit 0, a closed stderr is ignored, and an
 * error nothing caught (a callback's, say) is reported like any other and ends it with exit 1.
 */
export function installProcessHandlers(command: () => string, debug: () => boolean): void {
  process.stdout.on('error', (e) => {
    if (isClosedPipe(e)) process.exit(0);
    process.stderr.write(describeError(e, command(), debug()));
    process.exit(1);
  });
  process.stderr.on('error', () => undefined);
  const fatal = (e: unknown) => {
    if (isClosedPipe(e)) process.exit(0);
    process.stderr.write(describeError(e, command(), debug()));
    process.exit(1);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
}
