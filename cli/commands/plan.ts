import { planDeck } from '../../src/deck/plan';
import { count, printable, printableJson } from '../../src/release/messages';
import { readReleaseOrReport } from '../../src/node/read-release';
import { parseArgs } from '../../src/options/args';
import type { Command } from '../command';

export const plan: Command = {
  summary: 'list the slides a release makes: kind, id, title, seconds on screen, loop length (--json for the full plan)',
  async run(args) {
    const parsed = parseArgs(args, { flags: ['json'] });
    if (!parsed.ok || parsed.positional.length !== 1) {
      process.stderr.write(`pressdeck plan: ${parsed.ok ? 'name one release file' : parsed.error}\nUsage: pressdeck plan <release.yaml> [--json]\n`);
      return 2;
    }
    const file = parsed.positional[0]!;
    const result = await readReleaseOrReport(file);
    if (!result.ok) return 1;
    const deck = planDeck(result.release);
    if (parsed.flags.json) {
      process.stdout.write(`${printableJson(JSON.stringify(deck, null, 2))}\n`);
      return 0;
    }
    const rows = deck.slides.map((s, i) => [String(i + 1), s.kind, s.id, `${s.seconds}s${s.secondsFrom === 'release' ? '*' : ''}`, printable(s.title)]);
    const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length), ['#', 'kind', 'id', 'time'][c]!.length));
    const line = (r: string[]) => r.map((cell, c) => (c < 4 ? (c === 0 || c === 3 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)) : cell)).join('  ');
    process.stdout.write(`${line(['#', 'kind', 'id', 'time', 'title'])}\n${rows.map(line).join('\n')}\n`);
    const m = Math.floor(deck.loopSeconds / 60);
    const s = deck.loopSeconds % 60;
    process.stdout.write(`\n${count(deck.slides.length, 'slide')}; kiosk loop ${m}:${String(s).padStart(2, '0')} (${deck.loopSeconds}s)`);
    process.stdout.write(deck.slides.some((x) => x.secondsFrom === 'release') ? '; * = duration set in the release\n' : '\n');
    return 0;
  },
};
