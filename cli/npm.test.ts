import { describe, expect, it } from 'vitest';
import { invocation } from './npm';

/** What npm leaves in the environment of `npm run <event>` running `script`. */
const npmRun = (event: string, script: string) => ({ npm_command: 'run', npm_lifecycle_event: event, npm_lifecycle_script: script });

describe('invocation: how to run a command the way this one was run', () => {
  it('from a shell, and through npx', () => {
    expect(invocation('plan', {})).toBe('pressdeck plan');
    expect(invocation(undefined, {})).toBe('pressdeck');
    expect(invocation('plan', { npm_command: 'exec' })).toBe('npx pressdeck plan');
  });

  it('through the npm script that runs that command, or the bare `cli` script', () => {
    expect(invocation('plan', npmRun('plan', 'node bin/pressdeck.mjs plan'))).toBe('npm run plan --');
    expect(invocation('schema', npmRun('schema', 'node bin/pressdeck.mjs schema --out resources/release.schema.json'))).toBe('npm run schema --');
    expect(invocation('validate', npmRun('cli', 'node bin/pressdeck.mjs'))).toBe('npm run cli -- validate');
  });

  it('names another command than the script runs with npx, never as an argument of that script', () => {
    // `npm run import -- validate x` would import a file named "validate".
    expect(invocation('validate', npmRun('import', 'node bin/pressdeck.mjs import'))).toBe('npx pressdeck validate');
  });

  it('ignores npm scripts that are not pressdeck (a test runner started by npm test)', () => {
    expect(invocation('export', npmRun('test:e2e', 'playwright test'))).toBe('pressdeck export');
  });
});
