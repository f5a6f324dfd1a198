/** The packaging configuration as electron-builder reads it (electron-builder.yml). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as {
  asar: unknown;
  files: string[];
  electronFuses: Record<string, boolean>;
};

describe('electron-builder.yml', () => {
  it('sets the fuses that keep code out of the signed app', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an asar with integrity, the bundled release and the fallback slide inside', () => {
    // `asar: { disableIntegrity: true }` would leave the integrity fuse nothing to check.
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json', 'slides/**', 'resources/kiosk-fallback.html']));
  });

  it('leaves the command line’s bundle out of the app (electron-builder’s ${/*} macro: the folder and its files)', () => {
    expect(config.files.indexOf('!out/cli${/*}')).toBeGreaterThan(config.files.indexOf('out/**'));
  });
});
