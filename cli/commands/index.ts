/** The command table: one file per command, each exporting `{ summary, run }`. */
import { exportCommand } from './export';
import { importCommand } from './import';
import { kiosk } from './kiosk';
import { plan } from './plan';
import { present } from './present';
import { schema } from './schema';
import { validate } from './validate';

export interface Command {
  summary: string;
  /** Returns the exit code: 0 success, 1 failure, 2 usage error. */
  run(args: string[]): Promise<number>;
}

export const commands: Record<string, Command> = { validate, plan, schema, import: importCommand, export: exportCommand, present, kiosk };
