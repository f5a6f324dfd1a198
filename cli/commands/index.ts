/** The command table: one file per command, each exporting `{ summary, run }`. */
import { kiosk } from './kiosk';
import { plan } from './plan';
import { schema } from './schema';
import { validate } from './validate';

export interface Command {
  summary: string;
  /** Returns the exit code: 0 success, 1 failure, 2 usage error. */
  run(args: string[]): Promise<number>;
}

export const commands: Record<string, Command> = { validate, plan, schema, kiosk };
