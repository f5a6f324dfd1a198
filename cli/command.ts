/** What every `pressdeck` command exports; the table in ./commands/index.ts lists them by name. */
export interface Command {
  summary: string;
  /** Returns the exit code: 0 success, 1 failure, 2 usage error. */
  run(args: string[]): Promise<number>;
}
