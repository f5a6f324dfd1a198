/**
 * Electronegativity over the sources (electron/ and src/index.html, not the bundle, where its window
 * checks find nothing). It exits 0 even with HIGH findings, so this gates on its SARIF output:
 * every finding of level "warning" or "error" must be listed, with a reason, in
 * electronegativity-exceptions.json.
 *   tsx tests/security/scan.ts
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Finding { rule: string; file: string; line: number; level: string; message: string }
interface Exception { rule: string; file: string; reason: string }

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'pressdeck-scan-'));
try {
  cpSync(join(root, 'electron'), join(work, 'electron'), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
  cpSync(join(root, 'src/index.html'), join(work, 'src/index.html'));
  // Lets it read the Electron version (else it assumes 0.1 and its old defaults).
  cpSync(join(root, 'package.json'), join(work, 'package.json'));
  const sarif = join(work, 'report.sarif');
  execFileSync(join(root, 'node_modules/.bin/electronegativity'), ['-i', work, '-o', sarif, '-r', '-v', 'false'], { stdio: 'pipe' });
  const report = JSON.parse(readFileSync(sarif, 'utf8')) as {
    runs: { results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine?: number } } }[] }[] }[];
  };
  const findings: Finding[] = report.runs.flatMap((run) =>
    run.results.map((r) => ({
      rule: r.ruleId,
      level: r.level,
      message: r.message.text,
      file: r.locations[0]?.physicalLocation.artifactLocation.uri ?? '?',
      line: r.locations[0]?.physicalLocation.region.startLine ?? 0,
    })),
  );
  const { exceptions } = JSON.parse(readFileSync(join(root, 'tests/security/electronegativity-exceptions.json'), 'utf8')) as { exceptions: Exception[] };
  const gated = findings.filter((f) => f.level === 'warning' || f.level === 'error');
  const unexplained = gated.filter((f) => !exceptions.some((e) => e.rule === f.rule && e.file === f.file && e.reason.trim().length > 0));
  const stale = exceptions.filter((e) => !gated.some((f) => f.rule === e.rule && f.file === e.file));
  for (const f of findings) process.stdout.write(`  ${f.level.padEnd(7)} ${f.rule} ${f.file}:${f.line}\n`);
  for (const e of stale) process.stdout.write(`  stale exception (no longer found): ${e.rule} ${e.file}\n`);
  if (unexplained.length > 0) {
    process.stderr.write(`Electronegativity: ${unexplained.length} finding(s) of warning level not justified in tests/security/electronegativity-exceptions.json:\n`);
    for (const f of unexplained) process.stderr.write(`  ${f.file}:${f.line}: ${f.rule}: ${f.message}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`Electronegativity: ${findings.length} finding(s), none of warning level unexplained.\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
