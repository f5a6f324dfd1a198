/** The command table: one file per command, each exporting a `Command` (../command.ts). */
import type { Command } from '../command';
import { exportCommand } from './export';
import { importCommand } from './import';
import { kiosk } from './kiosk';
import { plan } from './plan';
import { present } from './present';
import { schema } from './schema';
import { validate } from './validate';

export const commands: Record<string, Command> = { validate, plan, schema, import: importCommand, export: exportCommand, present, kiosk };
