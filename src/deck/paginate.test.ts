import { describe, expect, it } from 'vitest';
import { longestFittingPrefix, paginateDeck, shareSeconds, type Measurer } from './paginate';
import type { DeckPlan, Slide, SlideOf } from './plan';

/** Fits when the slide's running text is at most `capacity` characters (the marker not counted). */
function fakeMeasurer(capacity: number, calls: Slide[] = []): Measurer {
  return {
    fits(slide) {
      calls.push(slide);
      return bodyText(slide).length <= capacity;
    },
  };
}

function bodyText(s: Slide): string {
  switch (s.kind) {
    case 'section':
      return [...s.paragraphs, ...s.points].join('');
    case 'lead':
      return s.text;
    case 'organization':
      return [s.summary, ...s.points, ...s.figures.map((f) => f.value + f.label)].join('');
    case 'timeline':
      return s.events.map((e) => e.text).join('');
    case 'comparison':
      return s.rows.flatMap((r) => r.values).join('');
    default:
      return '';
  }
}

function section(paragraphs: string[], points: string[] = [], seconds = 30): SlideOf<'section'> {
  return { kind: 'section', id: 'section-background', kicker: 'METI', title: 'Background', heading: 'Background', paragraphs, points, seconds, secondsFrom: 'reading-time' };
}

function deck(...slides: Slide[]): DeckPlan {
  return { lang: 'en', title: 't', issuer: 'i', released: '2017-03-21', slides, loopSeconds: slides.reduce((a, s) => a + s.seconds, 0) };
}

const A = 'Alpha one two. ';
const B = 'Bravo three four. ';

describe('paginateDeck', () => {
  it('leaves slides that fit untouched', () => {
    const s = section(['short']);
    const out = paginateDeck(deck(s), fakeMeasurer(100));
    expect(out.slides).toEqual([s]);
  });

  it('cuts at paragraph and bullet boundaries first, repeating the heading with a (n/of) marker', () => {
    const s = section(['p1 aaaa', 'p2 bbbb'], ['pt1 cccc', 'pt2 dddd']);
    const out = paginateDeck(deck(s), fakeMeasurer(16));
    const pages = out.slides as SlideOf<'section'>[];
    expect(pages.map((p) => [p.paragraphs, p.points])).toEqual([
      [['p1 aaaa', 'p2 bbbb'], []],
      [[], ['pt1 cccc', 'pt2 dddd']],
    ]);
    expect(pages.map((p) => p.id)).toEqual(['section-background', 'section-background~2']);
    expect(pages.map((p) => p.heading)).toEqual(['Background (1/2)', 'Background (2/2)']);
    expect(pages.map((p) => p.page)).toEqual([
      { n: 1, of: 2, stem: 'section-background' },
      { n: 2, of: 2, stem: 'section-background' },
    ]);
  });

  it('cuts one overlong paragraph at sentence boundaries and loses no character', () => {
    const text = A + B + A + B.trim();
    const out = paginateDeck(deck(section([text])), fakeMeasurer(A.length + B.length));
    const pages = out.slides as SlideOf<'section'>[];
    expect(pages.length).toBe(2);
    expect(pages.map((p) => p.paragraphs.join(' ')).join(' ')).toBe(text);
    for (const p of pages) expect(p.paragraphs.join('').length).toBeLessThanOrEqual(A.length + B.length);
  });

  it('falls back to word boundaries for a sentence longer than a page, never cutting a word', () => {
    const sentence = 'one two three four five six seven eight nine ten.';
    const out = paginateDeck(deck(section([sentence])), fakeMeasurer(15));
    const pages = out.slides as SlideOf<'section'>[];
    const texts = pages.map((p) => p.paragraphs[0]!);
    expect(texts.join(' ')).toBe(sentence);
    for (const t of texts) expect(t.split(' ').every((w) => sentence.split(' ').includes(w))).toBe(true);
  });

  it('gives an unbreakable overlong word or URL a page of its own instead of looping or dropping it', () => {
    const url = 'https://www.meti.go.jp/english/press/2017/0321_001_with_a_very_long_path_segment.html';
    const out = paginateDeck(deck(section(['Before it.', url, 'After it.'])), fakeMeasurer(20));
    const pages = out.slides as SlideOf<'section'>[];
    expect(pages.map((p) => p.paragraphs)).toEqual([['Before it.'], [url], ['After it.']]);
  });

  it('shares the seconds across pages and keeps the sum', () => {
    const out = paginateDeck(deck(section([A, B, A, B], [], 31)), fakeMeasurer(20));
    expect(out.slides.length).toBe(4);
    expect(out.slides.reduce((a, s) => a + s.seconds, 0)).toBe(31);
    expect(out.loopSeconds).toBe(31);
    for (const s of out.slides) expect(s.seconds).toBeGreaterThanOrEqual(7);
  });

  it('cuts Japanese text at sentence ends (。) without spaces', () => {
    const text = '日本と欧州は協力する。会議は毎年開かれる。新しい規格を作る。';
    const out = paginateDeck({ ...deck(section([text])), lang: 'ja' }, fakeMeasurer(11));
    const pages = out.slides as SlideOf<'section'>[];
    expect(pages.map((p) => p.paragraphs[0])).toEqual(['日本と欧州は協力する。', '会議は毎年開かれる。', '新しい規格を作る。']);
    expect(pages[1]!.heading).toBe('Background （2/3）');
  });

  it('moves a title slide\'s subtitle to the next page with the byline rather than clipping it', () => {
    const title: SlideOf<'title'> = {
      kind: 'title', id: 'title', kicker: 'METI', title: 'A title', heading: 'A title', subtitle: 'A subtitle line', issuer: 'Ministry', date: '29 October 2018',
      seconds: 8, secondsFrom: 'reading-time',
    };
    // Fits when the title block holds at most 20 characters: no two of its parts share a page.
    const fits = (s: Slide) => s.kind !== 'title' || [s.heading, s.subtitle ?? '', s.issuer, s.date].join('').length <= 20;
    const pages = paginateDeck(deck(title), { fits }).slides as SlideOf<'title'>[];
    expect(pages.map((p) => [p.heading, p.subtitle, p.issuer, p.date])).toEqual([
      ['A title', undefined, '', ''],
      ['', 'A subtitle line', '', ''],
      ['', undefined, 'Ministry', ''],
      ['', undefined, '', '29 October 2018'],
    ]);
  });

  it('keeps figures on the first page of an organization profile only', () => {
    const org: SlideOf<'organization'> = {
      kind: 'organization', id: 'org-itac', kicker: 'Organization profile', title: 'ITAC', organizationId: 'itac', name: 'IoT Acceleration Consortium',
      facts: [{ label: 'Region', value: 'Japan' }], figures: [{ value: '2800', label: 'members' }], summary: 'Summary one. Summary two.', points: ['Point one.', 'Point two.'],
      seconds: 20, secondsFrom: 'reading-time',
    };
    const out = paginateDeck(deck(org), fakeMeasurer(40));
    const pages = out.slides as SlideOf<'organization'>[];
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]!.figures).toEqual(org.figures);
    for (const p of pages.slice(1)) expect(p.figures).toEqual([]);
    expect(pages.flatMap((p) => [p.summary, ...p.points]).join(' ')).toBe('Summary one. Summary two. Point one. Point two.');
  });

  it('groups timeline events whole, and runs an event too tall for a slide alone on under the same date', () => {
    const ev = (date: string, text: string) => ({ date, dateLabel: date, text, highlight: false });
    const long = 'The parties meet. They sign the memorandum. They agree a work plan. They report back.';
    const tl: SlideOf<'timeline'> = {
      kind: 'timeline', id: 'timeline', kicker: 'METI', title: 'Timeline', seconds: 12, secondsFrom: 'reading-time',
      events: [ev('2016-10', 'Talks start.'), ev('2016-12', 'Drafts.'), ev('2017-03-21', long)],
    };
    const pages = paginateDeck(deck(tl), fakeMeasurer(45)).slides as SlideOf<'timeline'>[];
    expect(pages[0]!.events.map((e) => e.text)).toEqual(['Talks start.', 'Drafts.']);
    const rest = pages.slice(1);
    expect(rest.length).toBeGreaterThan(1);
    for (const p of rest) {
      expect(p.events.map((e) => e.date)).toEqual(['2017-03-21']);
      expect(p.events[0]!.text.length).toBeLessThanOrEqual(45);
    }
    expect(rest.map((p) => p.events[0]!.text).join(' ')).toBe(long);
  });

  it('runs comparison rows on with every column side by side while a row of them fits', () => {
    const cmp: SlideOf<'comparison'> = {
      kind: 'comparison', id: 'comparison', kicker: 'At a glance', title: 'A · B', seconds: 9, secondsFrom: 'reading-time',
      columns: ['a', 'b'].map((id) => ({ id, short: id.toUpperCase(), name: id })),
      rows: [{ label: 'Founded', values: ['2015xx', '2016xx'] }, { label: 'Region', values: ['Japanxx', 'EUxxxx'] }, { label: 'Members', values: ['2800xx', '160xxx'] }],
    };
    const pages = paginateDeck(deck(cmp), fakeMeasurer(26)).slides as SlideOf<'comparison'>[];
    expect(pages.map((p) => p.columns.map((c) => c.id))).toEqual([['a', 'b'], ['a', 'b']]);
    expect(pages.map((p) => p.rows.map((r) => r.label))).toEqual([['Founded', 'Region'], ['Members']]);
  });

  it('splits the comparison by columns when one row of them does not fit, repeating the row labels', () => {
    const cmp: SlideOf<'comparison'> = {
      kind: 'comparison', id: 'comparison', kicker: 'At a glance', title: 'A · B · C', seconds: 9, secondsFrom: 'reading-time',
      columns: ['a', 'b', 'c'].map((id) => ({ id, short: id.toUpperCase(), name: id })),
      rows: [{ label: 'Founded', values: ['2015xxxxxxxx', '2016xxxxxxxx', '2017xxxxxxxx'] }, { label: 'Region', values: ['JP', 'EU', 'US'] }],
    };
    const pages = paginateDeck(deck(cmp), fakeMeasurer(30)).slides as SlideOf<'comparison'>[];
    expect(pages.map((p) => p.columns.map((c) => c.id))).toEqual([['a', 'b'], ['c']]);
    for (const p of pages) expect(p.rows.map((r) => r.label)).toEqual(['Founded', 'Region']);
    expect(pages[1]!.rows[1]!.values).toEqual(['US']);
  });
});

describe('a very long section (the 10,000-word hostile file)', () => {
  const WORDS = ['data', 'kiosk', 'release', 'signing', 'cooperation', 'Internet', 'of', 'Things'];
  const long = Array.from({ length: 10_000 }, (_, i) => WORDS[i % WORDS.length]).join(' ');
  const capacity = 600;

  it('fills every page to the last word that fits and loses nothing', () => {
    const pages = paginateDeck(deck(section([long])), fakeMeasurer(capacity)).slides as SlideOf<'section'>[];
    const texts = pages.map((p) => p.paragraphs.join(''));
    expect(texts.join(' ')).toBe(long);
    for (const [i, t] of texts.entries()) {
      expect(t.length).toBeLessThanOrEqual(capacity);
      // Greedy and full: the next page's first word would not have fitted on this one.
      if (i < texts.length - 1) expect(`${t} ${texts[i + 1]!.split(' ')[0]}`.length).toBeGreaterThan(capacity);
    }
  });

  it('lays out about a page of text per measure, not the rest of the section each time', () => {
    const calls: Slide[] = [];
    const pages = paginateDeck(deck(section([long])), fakeMeasurer(capacity, calls)).slides;
    const laidOut = calls.reduce((n, s) => n + bodyText(s).length, 0);
    // Before: each page bisected the whole remainder (about 30 times the section in all).
    expect(laidOut).toBeLessThan(5 * long.length);
    expect(calls.length).toBeLessThan(6 * pages.length);
  });

  it('cuts the text after a word longer than the segmenting window onto pages of its own', () => {
    const hash = 'f'.repeat(5000);
    const pages = paginateDeck(deck(section([`${hash} ${long.slice(0, 3000)}`])), fakeMeasurer(capacity)).slides as SlideOf<'section'>[];
    const texts = pages.map((p) => p.paragraphs.join(''));
    expect(texts[0]).toBe(`${hash} `.trim());
    for (const t of texts.slice(1)) expect(t.length).toBeLessThanOrEqual(capacity);
    expect(texts.join(' ')).toBe(`${hash} ${long.slice(0, 3000)}`.trim());
  });
});

describe('longestFittingPrefix', () => {
  it('finds the same answer as a linear scan from any starting guess', () => {
    for (let max = 0; max <= 24; max++) {
      for (let limit = 0; limit <= max; limit++) {
        for (let guess = 0; guess <= max + 2; guess++) {
          const asked: number[] = [];
          const got = longestFittingPrefix(max, (n) => (asked.push(n), n <= limit), guess);
          expect(got, `max ${max}, limit ${limit}, guess ${guess}`).toBe(limit);
          expect(asked.every((n) => n >= 1 && n <= max)).toBe(true);
        }
      }
    }
  });

  it('asks a handful of questions when the guess is close', () => {
    let asked = 0;
    expect(longestFittingPrefix(10_000, (n) => (asked++, n <= 103), 100)).toBe(103);
    expect(asked).toBeLessThanOrEqual(6);
  });
});

describe('shareSeconds', () => {
  it('keeps the total and follows the weights', () => {
    expect(shareSeconds(10, [1, 1, 2])).toEqual([3, 2, 5]);
    expect(shareSeconds(9, [1, 1, 1]).reduce((a, b) => a + b)).toBe(9);
  });
});

/**
 * A page of `height` lines of `width` characters, laid out as a browser would: text wraps at spaces
 * (between CJK phrases, and anywhere in a word longer than a line); a key figure, the
 * facts or a table row takes one line. The first page's head takes `head` lines, a running head one.
 * It answers flow() from the same model, as the DOM measurer reads a layout.
 */
function lineMeasurer(width: number, height: number, head = 2, options: { flow?: boolean; readable?: boolean } = {}) {
  const calls = { fits: 0, flow: 0 };
  const blocks = (s: Slide): { text: string; atomic: boolean }[] => {
    const text = (t: string) => ({ text: t, atomic: false });
    const atom = (t: string) => ({ text: t, atomic: true });
    switch (s.kind) {
      case 'section':
        return [...s.paragraphs, ...s.points].map(text);
      case 'lead':
        return [text(s.text)];
      case 'organization':
        return [...s.figures.map((f) => atom(f.value)), ...(s.facts.length > 0 ? [atom('facts')] : []), ...[s.summary, ...s.points].filter(Boolean).map(text)];
      case 'timeline':
        return s.events.map((e) => text(e.text));
      case 'comparison':
        return s.rows.map((r) => atom(r.label));
      case 'title':
        return [text(s.heading), ...(s.issuer ? [atom(s.issuer)] : []), ...(s.date ? [atom(s.date)] : [])].filter((b) => b.text);
      default:
        return [];
    }
  };
  const headLines = (s: Slide) => (s.runningHead ? 1 : head);
  const measurer: Measurer = {
    fits(s) {
      calls.fits++;
      return headLines(s) + blocks(s).reduce((n, b) => n + (b.atomic ? 1 : lineStarts(b.text, width).length), 0) <= height;
    },
    ...(options.flow === false
      ? {}
      : {
          flow(s) {
            calls.flow++;
            if (options.readable === false) return undefined;
            let used = headLines(s);
            return blocks(s).map(({ text, atomic }) => {
              const starts = atomic ? [0] : lineStarts(text, width);
              const left = height - used;
              used += starts.length;
              if (starts.length <= left) return { length: text.length, fit: text.length, line: text.length };
              if (atomic) return { length: text.length, fit: 0, line: left >= 0 ? text.length : 0 };
              const at = (n: number) => (n <= 0 ? 0 : n < starts.length ? starts[n]! : text.length);
              return { length: text.length, fit: at(left), line: at(left + 1) };
            });
          },
        }),
  };
  return { measurer, calls };
}

/** Where each line of a greedily wrapped text starts. */
function lineStarts(text: string, width: number): number[] {
  // CJK breaks between pairs of characters: a stand-in for phrases (word-break: auto-phrase) that
  // do not always end where the paginator's word pieces do.
  const tokens = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+\s*|\s+/gu) ?? [''];
  const starts = [0];
  let at = 0;
  let used = 0;
  for (let token of tokens) {
    while (token.length > 0) {
      const visible = token.trimEnd().length;
      if (used > 0 && used + visible > width) {
        starts.push(at);
        used = 0;
      }
      if (used === 0 && visible > width) {
        // A word longer than a line breaks anywhere.
        at += width;
        token = token.slice(width);
        if (token.length > 0) starts.push(at);
        continue;
      }
      used += token.length;
      at += token.length;
      token = '';
    }
  }
  return starts;
}

/** A small deterministic generator, so failures reproduce. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function randomDeck(seed: number, lang = 'en'): DeckPlan {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const WORDS = ['data', 'kiosk', 'release', 'cooperation', 'Internet', 'of', 'Things', 'standardization', 'a', 'the', 'partners', 'agree', 'https://www.meti.go.jp/english/press/2017/0321_001.html'];
  const KANJI = ['日本', '欧州', '協力', 'する', '会議', 'は', '毎年', '開かれる', '新しい', '規格', 'を', '作る'];
  const sentence = () =>
    lang === 'ja'
      ? `${Array.from({ length: 3 + Math.floor(r() * 12) }, () => pick(KANJI)).join('')}。`
      : `${Array.from({ length: 3 + Math.floor(r() * 14) }, () => pick(WORDS)).join(' ')}.`;
  const paragraph = () => Array.from({ length: 1 + Math.floor(r() * 7) }, sentence).join(lang === 'ja' ? '' : ' ');
  // A sentence longer than a page is cut between words, where a line may end inside a phrase.
  const endless = () => (lang === 'ja' ? `${Array.from({ length: 200 }, () => pick(KANJI)).join('')}。` : `${Array.from({ length: 90 }, () => pick(WORDS)).join(' ')}.`);
  const many = <T>(max: number, f: () => T) => Array.from({ length: Math.floor(r() * (max + 1)) }, f);
  const org: SlideOf<'organization'> = {
    kind: 'organization', id: 'org-x', kicker: 'Organization profile', title: 'X', organizationId: 'x', name: 'Example Consortium', short: 'EXC',
    facts: r() < 0.5 ? [{ label: 'Region', value: 'Japan' }] : [], figures: many(3, () => ({ value: String(Math.floor(r() * 3000)), label: 'members' })),
    summary: paragraph(), points: many(3, paragraph), seconds: 20, secondsFrom: 'reading-time',
  };
  const lead: SlideOf<'lead'> = { kind: 'lead', id: 'lead', kicker: 'METI', title: 'Summary', text: paragraph(), seconds: 10, secondsFrom: 'reading-time' };
  const ev = (text: string) => ({ date: '2017', dateLabel: '2017', text, highlight: false });
  const tl: SlideOf<'timeline'> = { kind: 'timeline', id: 'timeline', kicker: 'METI', title: 'Timeline', events: [ev(Array.from({ length: 3 }, paragraph).join(' '))], seconds: 12, secondsFrom: 'reading-time' };
  return { ...deck(lead, section([...many(5, paragraph), ...(r() < 0.5 ? [endless()] : [])], many(4, sentence), 40), org, tl), lang };
}

describe('pages read from one layout of a longer page (Measurer.flow)', () => {
  it('gives the same pages as measuring every page, in far fewer layouts', () => {
    let reading = 0;
    let every = 0;
    for (let seed = 1; seed <= 24; seed++) {
      for (const lang of ['en', 'ja']) {
        const plan = randomDeck(seed, lang);
        const a = lineMeasurer(38, 9, 3);
        const b = lineMeasurer(38, 9, 3, { flow: false });
        expect(paginateDeck(plan, a.measurer), `seed ${seed} ${lang}`).toEqual(paginateDeck(plan, b.measurer));
        reading += a.calls.fits + a.calls.flow;
        every += b.calls.fits;
      }
    }
    expect(reading).toBeLessThan(every / 2);
  }, 60_000);

  it('measures page by page where a layout cannot be read', () => {
    const plan = randomDeck(7);
    const a = lineMeasurer(30, 8, 3, { readable: false });
    expect(paginateDeck(plan, a.measurer)).toEqual(paginateDeck(plan, lineMeasurer(30, 8, 3, { flow: false }).measurer));
    expect(a.calls.fits).toBeGreaterThan(a.calls.flow);
  });

  it('lays out about one page per page of a long section', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Sentence number ${i + 1} of the long section says one more thing.`).join(' ');
    const { measurer, calls } = lineMeasurer(60, 12, 3);
    const pages = paginateDeck(deck(section([long])), measurer).slides;
    expect(pages.length).toBeGreaterThan(20);
    expect(calls.fits + calls.flow).toBeLessThan(1.5 * pages.length + 5);
  });
});

describe('continuation pages', () => {
  it('carry a one-line running head, short name and marker, and so hold more than the first page', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} is here.`);
    const pages = paginateDeck(deck(section(paragraphs)), lineMeasurer(40, 6, 3).measurer).slides as SlideOf<'section'>[];
    expect(pages[0]!.runningHead).toBeUndefined();
    expect(pages.slice(1).map((p) => p.runningHead)).toEqual(pages.slice(1).map((p) => `Background (${p.page!.n}/${pages.length})`));
    expect(pages[0]!.paragraphs.length).toBe(3);
    expect(pages[1]!.paragraphs.length).toBe(5);
  });

  it('name an organization by its short name, and let key figures share a continuation page', () => {
    const org: SlideOf<'organization'> = {
      kind: 'organization', id: 'org-itac', kicker: 'Organization profile', title: 'ITAC', organizationId: 'itac', name: 'IoT Acceleration Consortium of Government, Industry and Academia', short: 'ITAC',
      facts: [], figures: [{ value: '2800', label: 'members' }, { value: '13', label: 'working groups' }, { value: '2015', label: 'founded' }], summary: 'Summary one. Summary two.', points: [],
      seconds: 20, secondsFrom: 'reading-time',
    };
    const pages = paginateDeck(deck(org), lineMeasurer(40, 5, 4).measurer).slides as SlideOf<'organization'>[];
    // The long name leaves room for one figure under the whole head; the other two share the next
    // page, under its one-line head, with the summary (before, each figure took a page of its own).
    expect(pages.map((p) => p.figures.length)).toEqual([1, 2]);
    expect(pages[1]!.summary).toBe(org.summary);
    expect(pages[1]!.runningHead).toBe(`ITAC (2/${pages.length})`);
  });
});
