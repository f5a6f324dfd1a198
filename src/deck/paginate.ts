/**
 * Slide plan → slide plan whose every slide fits the canvas, by running content that does not fit
 * onto continuation slides ("Background (2/3)"). Type is never shrunk to make things fit: large-font
 * modes get more slides, not smaller text (WCAG 2.2 1.4.4 / 1.4.10 spirit for a fixed canvas).
 *
 * Pure: whether something fits is the Measurer's call (in the renderer, the real slide components
 * laid out with loaded fonts; in unit tests, a fake). Cuts are made at paragraph and bullet
 * boundaries first, then sentences, then words, never inside a word; an unbreakable piece that is
 * still too big gets a page of its own (CSS then wraps it anywhere rather than clip it).
 *
 * Continuation slides get ids `<stem>~<n>` (the first page keeps the stem), `page` = { n, of, stem },
 * and share the original slide's seconds in proportion to each page's size as JSON (`textWeight`: a
 * rough stand-in for its text, labels and keys included), in whole seconds summing to the original.
 */
import { labelsFor } from './labels';
import type { DeckPlan, Slide, SlideOf } from './plan';
import { sentences, words } from './text-split';

export interface Measurer {
  /** True when the slide, drawn at the current font mode and spacing, has nothing clipped or overflowing. */
  fits(slide: Slide): boolean;
  /**
   * Optional: many fits() answers from one layout. Lays the slide out once and says, for each block
   * of its flowing content (the elements its component marks `data-flow`, in document order), how
   * much of it lies on the canvas; undefined when the layout cannot be read that way (something
   * that does not flow sticks out). Only asked for slides whose layout is prefix-stable: taking
   * content away from the end moves nothing before it.
   */
  flow?(slide: Slide): FlowFit[] | undefined;
  /** Optional: fits() of several slides at once, in one layout. */
  fitsEach?(slides: Slide[]): boolean[];
}

/** How much of one block of flowing content lies on the canvas, in characters of its text. */
export interface FlowFit {
  /** The block's text length, as drawn. */
  length: number;
  /** Characters on lines that fit: `length` when the block fits whole, 0 when none (or it is not text). */
  fit: number;
  /** Characters up to the end of the first line that does not fit (past it, nothing fits however the text ends). */
  line: number;
}

/** A run of text that may go onto a page; `join` pieces continue the paragraph before them. */
interface Unit {
  text: string;
  role: string;
  join: boolean;
  /** 0 paragraph, 1 sentence, 2 word: how far it has already been cut. */
  level: number;
  /** Never cut, and drawn as something other than its text (a key figure, a party card), or the URL. */
  atom?: boolean;
}

export function paginateDeck(plan: DeckPlan, measurer: Measurer): DeckPlan {
  const L = labelsFor(plan.lang);
  const slides: Slide[] = [];
  // Whether each slide fits as it is: independent questions, asked together. A long section is
  // asked about its beginning only: if that does not fit, the whole cannot.
  const asked = firstQuestions(plan);
  const fit = fitsEach(measurer, asked);
  for (const [i, slide] of plan.slides.entries()) {
    if (fit[i] && asked[i] !== slide) fit[i] = measurer.fits(slide);
    if (fit[i]) {
      slides.push(slide);
      continue;
    }
    const pages = splitSlide(slide, measurer, plan.lang, L.continued);
    slides.push(...finishPages(slide, pages, L.continued));
  }
  return { ...plan, slides, loopSeconds: slides.reduce((sum, s) => sum + s.seconds, 0) };
}

type Marker = (n: number, of: number) => string;

/** More text than any page holds, at any font mode: what the first check of a long section lays out. */
const CHECK_CHARS = 2000;

/**
 * The slides paginateDeck asks about first, all together (whether each fits as it is): a measurer
 * may build them early, while fonts load. The same objects each time for the same plan.
 */
export function firstQuestions(plan: DeckPlan): Slide[] {
  let asked = questions.get(plan);
  if (!asked) questions.set(plan, (asked = plan.slides.map(beginning)));
  return asked;
}

const questions = new WeakMap<DeckPlan, Slide[]>();

/**
 * A section's first CHECK_CHARS characters of paragraphs and points (the last one cut short), or
 * the slide itself. A section lays its blocks out one under the other, so if the beginning does
 * not fit, the whole does not either.
 */
function beginning(slide: Slide): Slide {
  if (slide.kind !== 'section') return slide;
  const texts = [...slide.paragraphs, ...slide.points];
  if (chars(texts.map((t) => unit(t, ''))) <= CHECK_CHARS) return slide;
  let left = CHECK_CHARS;
  const take = (list: string[]) => {
    const out: string[] = [];
    for (const t of list) {
      if (left <= 0) break;
      out.push(t.slice(0, left));
      left -= t.length;
    }
    return out;
  };
  const paragraphs = take(slide.paragraphs);
  return { ...slide, paragraphs, points: take(slide.points) };
}

/**
 * While measuring, the widest marker stands in for the real one (the page count is not known yet).
 * The first page keeps the slide's head, marked; later pages carry a one-line running head instead
 * (short name and marker), so they hold more of what the slide is about.
 */
function marked<S extends Slide>(slide: S, marker: string, first = true): S {
  // The marker shows once: on the heading where the slide has one that carries it, else on the kicker.
  const onHeading = slide.kind === 'section' || slide.kind === 'timeline';
  const s = { ...slide, kicker: onHeading ? slide.kicker : `${slide.kicker} ${marker}`, title: `${slide.title} ${marker}` };
  if (s.kind === 'section') (s as SlideOf<'section'>).heading = `${(slide as SlideOf<'section'>).heading} ${marker}`;
  if (!first) s.runningHead = `${shortName(slide)} ${marker}`;
  return s;
}

/** What a continuation page's running head calls the slide. */
function shortName(slide: Slide): string {
  switch (slide.kind) {
    case 'section':
      return slide.heading;
    case 'organization':
      return slide.short ?? slide.name;
    case 'lead':
    case 'timeline':
      return slide.title;
    default:
      return slide.kicker;
  }
}

function splitSlide(slide: Slide, m: Measurer, lang: string, continued: Marker): Slide[] {
  const probe = continued(99, 99);
  switch (slide.kind) {
    case 'section': {
      const units = [...slide.paragraphs.map((t) => unit(t, 'p')), ...slide.points.map((t) => unit(t, 'li'))];
      const build = (us: Unit[], first: boolean): SlideOf<'section'> => {
        const merged = merge(us);
        return marked({ ...slide, paragraphs: merged.filter((u) => u.role === 'p').map((u) => u.text.trim()), points: merged.filter((u) => u.role === 'li').map((u) => u.text.trim()) }, probe, first);
      };
      return flow(units, pageFits(build, m), lang).map((us, i) => build(us, i === 0));
    }
    case 'lead': {
      const build = (us: Unit[], first: boolean): SlideOf<'lead'> => marked({ ...slide, text: us.map((u) => u.text).join('').trim() }, probe, first);
      return flow([unit(slide.text, 'p')], pageFits(build, m), lang).map((us, i) => build(us, i === 0));
    }
    case 'organization': {
      // Figures, facts and text all flow; later pages carry the short name as their running head.
      const units = [...slide.figures.map((_, i) => atom(String(i), 'figure')), ...(slide.facts.length > 0 ? [atom('facts', 'facts')] : []), unit(slide.summary, 'p'), ...slide.points.map((t) => unit(t, 'p'))];
      const build = (us: Unit[], first: boolean): SlideOf<'organization'> => {
        const texts = merge(us.filter((u) => u.role === 'p')).map((u) => u.text.trim());
        return marked({
          ...slide,
          figures: us.filter((u) => u.role === 'figure').map((u) => slide.figures[Number(u.text)]!),
          facts: us.some((u) => u.role === 'facts') ? slide.facts : [],
          summary: texts[0] ?? '',
          points: texts.slice(1),
        }, probe, first);
      };
      return flow(units, pageFits(build, m), lang).map((us, i) => build(us, i === 0));
    }
    case 'timeline': {
      type Event = SlideOf<'timeline'>['events'][number];
      const build = (events: Event[], first: boolean): SlideOf<'timeline'> => marked({ ...slide, events }, probe, first);
      return groups(slide.events, (es, first) => m.fits(build(es, first))).flatMap((es, g) => {
        if (es.length > 1 || m.fits(build(es, g === 0))) return [build(es, g === 0)];
        // One event taller than a slide on its own: its text runs on, under the same date.
        const event = es[0]!;
        const withText = (us: Unit[]): Event => ({ ...event, text: us.map((u) => u.text).join('').trim() });
        const page = (us: Unit[], first: boolean) => build([withText(us)], g === 0 && first);
        return flow([unit(event.text, 'p')], pageFits(page, m), lang).map((us, i) => page(us, i === 0));
      });
    }
    case 'comparison': {
      // Columns across slides, row labels repeated on each; a column too tall alone is cut by rows.
      const cols = slide.columns.map((_, i) => i);
      const build = (cs: number[], rows: SlideOf<'comparison'>['rows'], first: boolean, shortHeads = false): SlideOf<'comparison'> =>
        marked({ ...slide, columns: cs.map((c) => slide.columns[c]!), rows: rows.map((r) => ({ label: r.label, values: cs.map((c) => r.values[c]!) })), ...(shortHeads ? { shortHeads } : {}) }, probe, first);
      // Every row with these columns fits a page of its own: independent questions, one layout.
      const everyRowFits = (cs: number[], shortHeads = false) => fitsEach(m, slide.rows.map((r) => build(cs, [r], true, shortHeads))).every(Boolean);
      // Columns stay side by side while each row of them fits on a page, under their short names
      // if the full ones leave no room (the full name is on each organization's profile slide);
      // rows run on before columns split.
      const pages: Slide[] = [];
      for (const cs of groups(cols, (cs) => everyRowFits(cs) || everyRowFits(cs, true))) {
        const shortHeads = !everyRowFits(cs);
        const rows = (us: Unit[]) => us.map((u) => slide.rows[Number(u.text)]!);
        const page = (us: Unit[], first: boolean) => build(cs, rows(us), pages.length === 0 && first, shortHeads);
        for (const us of flow(slide.rows.map((_, i) => atom(String(i), 'row')), pageFits(page, m), lang)) pages.push(page(us, pages.length === 0));
      }
      return pages;
    }
    case 'title': {
      // The byline (issuer, then date) moves to the next page before the title is cut, and the
      // subtitle before the byline; a title too long for a page on its own (200 %) runs on at word boundaries.
      const build = (us: Unit[], first: boolean): SlideOf<'title'> => {
        const has = (role: string) => us.some((u) => u.role === role);
        const text = (role: string) => us.filter((u) => u.role === role).map((u) => u.text).join('').trim();
        const { subtitle: _, ...rest } = slide;
        return marked({ ...rest, heading: text('h'), ...(text('subtitle') ? { subtitle: text('subtitle') } : {}), issuer: has('issuer') ? slide.issuer : '', date: has('date') ? slide.date : '' }, probe, first);
      };
      const units = [
        { ...unit(slide.heading, 'h'), level: 1 },
        ...(slide.subtitle ? [unit(slide.subtitle, 'subtitle')] : []),
        atom('issuer', 'issuer'),
        atom('date', 'date'),
      ];
      return flow(units, pageFits(build, m), lang).map((us, i) => build(us, i === 0));
    }
    case 'ceremony': {
      if (slide.photo) return [slide];
      const units = [atom('occasion', 'occasion'), ...slide.parties.map((_, i) => atom(String(i), 'party')), unit(slide.caption, 'caption')];
      const build = (us: Unit[], first: boolean): SlideOf<'ceremony'> =>
        marked({ ...slide, ...(us.some((u) => u.role === 'occasion') ? {} : { occasion: undefined, date: '', place: undefined }), parties: us.filter((u) => u.role === 'party').map((u) => slide.parties[Number(u.text)]!), caption: merge(us.filter((u) => u.role === 'caption')).map((u) => u.text.trim()).join(' ') }, probe, first);
      // The card is centred and its parties share its width: one layout per question.
      return flow(units, everyLayout(build, m), lang).map((us, i) => build(us, i === 0));
    }
    case 'closing': {
      // Each contact field flows (a long division name may run on at word boundaries).
      const fields = (['division', 'address', 'phone', 'released', 'url', 'copyright'] as const).filter((f) => slide[f] !== undefined);
      const build = (us: Unit[], first: boolean): SlideOf<'closing'> => {
        const merged = merge(us);
        const value = (f: string) => merged.filter((u) => u.role === f).map((u) => u.text.trim()).join(' ') || undefined;
        return marked({ ...slide, ...Object.fromEntries(fields.map((f) => [f, value(f)])), released: value('released') ?? '' }, probe, first);
      };
      // URLs are never cut: the QR code and the printed link must stay whole. The link sits beside
      // the contact fields and narrows them: one layout per question.
      const units = fields.map((f) => (f === 'url' ? atom(slide[f]!, f) : unit(slide[f]!, f)));
      return flow(units, everyLayout(build, m), lang).map((us, i) => build(us, i === 0));
    }
    default:
      return [slide];
  }
}

/** Independent questions: in one layout where the measurer can. */
function fitsEach(m: Measurer, slides: Slide[]): boolean[] {
  return m.fitsEach ? m.fitsEach(slides) : slides.map((s) => m.fits(s));
}

function unit(text: string, role: string): Unit {
  return { text, role, join: false, level: 0 };
}

/** A unit that is never cut (a key figure, a party card, the URL). */
function atom(text: string, role: string): Unit {
  return { text, role, join: false, level: 2, atom: true };
}

/**
 * Does the page made of these units fit? `rest` is what would follow them, so an answer can be read
 * from a layout of more than the page (see pageFits).
 */
type PageFits = (page: Unit[], rest: readonly Unit[], first: boolean) => boolean;

type Build = (us: Unit[], first: boolean) => Slide;

/** One layout per question: slides whose layout moves when content is taken away (centred cards, columns). */
function everyLayout(build: Build, m: Measurer): PageFits {
  return (us, _rest, first) => m.fits(build(us, first));
}

/**
 * Answers from one layout of a longer page. The page asked about is laid out with what follows it
 * (about one and a half pages of text), and the measurer says how far each block of flowing text
 * fits; every later question about a shorter page (fewer units, or a paragraph cut shorter) is
 * read from that same layout, as paged.js and Vivliostyle read where content overflows a page box.
 * Blocks are laid out the same whatever follows them, so a page that ends inside the layout fits
 * exactly when its last character lies on a line that fits. Where a page would end in the first
 * line that does not fit, at a place that is not a plain space (Japanese, a no-break space), the
 * browser might break that line differently once the text ends there, so that one question is
 * answered by a layout of its own. Without `measurer.flow`, every question is a layout.
 */
function pageFits(build: Build, m: Measurer): PageFits {
  if (!m.flow) return everyLayout(build, m);
  const read = m.flow.bind(m);
  let probe: { blocks: Block[]; fit: FlowFit[]; first: boolean } | undefined;
  /** Most characters seen on the canvas in one layout: how much text the next probe needs. */
  let capacity = 0;
  return (us, rest, first) => {
    const blocks = blocksOf(us);
    let answer = probe && probe.first === first ? answerFrom(probe, blocks) : undefined;
    if (answer === undefined) {
      const laid = [...us, ...upTo(rest, Math.max(0, (capacity > 0 ? Math.ceil(1.5 * capacity) + 200 : 3000) - chars(us)))];
      const fit = read(build(laid, first));
      const laidBlocks = blocksOf(laid);
      const readable = fit && fit.length === laidBlocks.length && laidBlocks.every((b, i) => b.atomic || b.text.length === fit[i]!.length);
      probe = readable ? { blocks: laidBlocks, fit, first } : undefined;
      if (probe) {
        capacity = Math.max(capacity, probe.fit.reduce((n, f) => n + f.fit, 0));
        answer = answerFrom(probe, blocks);
      }
    }
    return answer ?? m.fits(build(us, first));
  };
}

/** A block of flowing content as drawn: merged pieces, trimmed text. */
interface Block {
  role: string;
  text: string;
  atomic: boolean;
}

function blocksOf(us: readonly Unit[]): Block[] {
  return merge([...us]).map((u) => ({ role: u.role, text: u.atom ? u.text : u.text.trim(), atomic: u.atom === true }));
}

/** Leading units of `rest` up to `budget` characters, the last one cut short: enough to lay out past a page's end. */
function upTo(rest: readonly Unit[], budget: number): Unit[] {
  const out: Unit[] = [];
  for (const u of rest) {
    if (budget <= 0) break;
    out.push(u.text.length > budget && !u.atom ? { ...u, text: u.text.slice(0, budget) } : u);
    budget -= u.text.length;
  }
  return out;
}

/**
 * Whether a page made of `blocks` fits, read from a probe layout whose blocks begin with them, or
 * undefined when the probe cannot tell (not a prefix of it, or the one uncertain case above).
 */
function answerFrom(probe: { blocks: Block[]; fit: FlowFit[] }, blocks: Block[]): boolean | undefined {
  if (blocks.length === 0 || blocks.length > probe.blocks.length) return undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const p = probe.blocks[i]!;
    if (b.role !== p.role || b.atomic !== p.atomic) return undefined;
    const last = i === blocks.length - 1;
    const { length, fit, line } = probe.fit[i]!;
    if (!last || b.atomic) {
      if (b.text !== p.text) return undefined;
      if (fit < length) return false;
      continue;
    }
    if (!p.text.startsWith(b.text)) return undefined;
    const c = b.text.length;
    if (c <= fit) return true;
    if (c > line || c === length || /[ \t\n\r\f]/.test(p.text[c]!)) return false;
    return undefined;
  }
  return true;
}

/** Pieces cut from one paragraph are glued back together when they land on the same page. */
function merge(us: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of us) {
    const last = out.at(-1);
    if (u.join && last && last.role === u.role) last.text += u.text;
    else out.push({ ...u });
  }
  return out;
}

/**
 * Greedy page filling. A unit that does not fit on the current page starts a new one if it fits
 * alone (boundary cut); otherwise it is cut finer (sentences, then words): as many pieces as fit
 * go on this page, and the rest flows on as one unit.
 *
 * Each measure is a real layout in the renderer, and its cost grows with the text laid out, so the
 * search stays near what a page holds: the first full page tells how many characters fit, later
 * pages start their search from that guess and gallop from it, only the text near a page's end is
 * segmented, and a unit far longer than a full page is not laid out whole just to learn that it
 * does not fit. These change how many measures are made, not where cuts land, with two
 * exceptions that both fill the current page where the plain search would have started a fresh one
 * the unit could not fill alone anyway: a unit skipped as too long, and a sentence longer than the
 * segmenting window (more than a page), which is cut at words straight away.
 */
function flow(units: Unit[], fits: PageFits, lang: string): Unit[][] {
  const pages: Unit[][] = [];
  let current: Unit[] = [];
  /** Most characters seen on a page that was closed because the next piece did not fit; 0 until then. */
  let fullPage = 0;
  const queue = [...units];
  const close = () => {
    pages.push(current);
    current = [];
  };
  const surelyTooLong = (u: Unit) => fullPage > 0 && u.text.length > 2 * fullPage;
  while (queue.length > 0) {
    const u = queue.shift()!;
    const tooLong = surelyTooLong(u);
    const first = pages.length === 0;
    if (!tooLong && fits([...current, u], queue, first)) {
      current.push(u);
      continue;
    }
    // A page of figures alone would look empty: run the text on below them instead of moving it.
    // (A figure that does not fit below them starts the next page, where the ones after it join it.)
    const onlyFigures = current.length > 0 && current.every((c) => c.role === 'figure' || c.role === 'facts');
    if (!tooLong && current.length > 0 && (!onlyFigures || u.atom) && fits([u], queue, false)) {
      close();
      current.push(u);
      continue;
    }
    const room = fullPage > 0 ? Math.max(0, fullPage - chars(current)) : 0;
    // Segmenting is about a microsecond a character: only a page and a half of text is cut up,
    // and the window doubles when everything in it fits (the page may hold more than it offered).
    let window = fullPage > 0 ? Math.ceil(1.5 * fullPage) + 200 : 2000;
    let pieces = cut(u, lang, window);
    let k = 0;
    let guess = room > 0 ? piecesWithin(pieces, room) : 1;
    while (pieces.length > 1) {
      const offered = pieces;
      k = longestFittingPrefix(offered.length, (n) => fits([...current, ...offered.slice(0, n)], [...offered.slice(n), ...queue], first), guess);
      if (!(u.text.length > window && k === offered.length - 1)) break;
      window *= 2;
      pieces = cut(u, lang, window);
      guess = k;
    }
    if (pieces.length > 1) {
      if (k === pieces.length) {
        // Only reachable when a unit skipped as too long fits after all: it stays, the page stays open.
        current.push(u);
      } else if (k > 0) {
        current.push(...pieces.slice(0, k));
        fullPage = Math.max(fullPage, chars(current));
        close();
        queue.unshift(rejoin(pieces.slice(k), u, pieces[k]!.join));
      } else if (current.length > 0) {
        // Not one piece fits below what is here: the unit starts the next page whole.
        close();
        queue.unshift(u);
      } else {
        // Not one piece fits an empty page: the first is cut finer, the rest follows whole.
        queue.unshift(pieces[0]!, rejoin(pieces.slice(1), u, pieces[1]!.join));
      }
      continue;
    }
    // One word that cannot fit even on an empty page: it gets a page of its own; CSS wraps it.
    if (current.length > 0) close();
    current.push(u);
    close();
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages.filter((p, i) => p.length > 0 || i === 0);
}

function chars(us: readonly Unit[]): number {
  return us.reduce((n, u) => n + u.text.length, 0);
}

/** How many leading pieces fit in `room` characters (at least one). */
function piecesWithin(pieces: readonly Unit[], room: number): number {
  let n = 0;
  let used = 0;
  while (n < pieces.length && used + pieces[n]!.text.length <= room) used += pieces[n++]!.text.length;
  return Math.max(1, n);
}

/** The rest of a cut unit, as one unit again, so the next page tries it whole before cutting. */
function rejoin(pieces: Unit[], from: Unit, join = from.join): Unit {
  return { text: pieces.map((p) => p.text).join(''), role: from.role, join, level: from.level };
}

/**
 * Largest n in 0..max with fits(n), assuming fits is monotone (more text never fits better).
 * Starts at `guess` and gallops away from it (1, 2, 4 … pieces) before bisecting, so a good guess
 * costs a handful of measures and none of them lays out much more text than a page holds.
 */
export function longestFittingPrefix(max: number, fits: (n: number) => boolean, guess = 1): number {
  let lo = 0; // fits(lo) holds (0 pieces always "fit")
  let hi = max; // fits(n) fails for every n > hi
  if (max === 0) return 0;
  const g = Math.min(Math.max(1, guess), max);
  let step = 1;
  if (fits(g)) {
    lo = g;
    while (lo < hi) {
      const next = Math.min(hi, lo + step);
      if (!fits(next)) {
        hi = next - 1;
        break;
      }
      lo = next;
      step *= 2;
    }
  } else {
    hi = g - 1;
    while (lo < hi) {
      const next = Math.max(lo + 1, g - step);
      if (fits(next)) {
        lo = next;
        break;
      }
      hi = next - 1;
      step *= 2;
    }
  }
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Sentence, else word pieces of a unit. Only the first `window` characters are segmented; the rest
 * rides along as one last piece, starting with the last segment, whose end the window may have
 * moved. A sentence longer than the window is longer than a page, so it goes straight to words; a
 * word longer than the window (a pasted hash, say) widens the window until the word ends.
 */
function cut(u: Unit, lang: string, window: number): Unit[] {
  for (let level = u.level + 1; level <= 2; level++) {
    for (let w = window; ; w *= 2) {
      const windowed = u.text.length > w;
      const head = windowed ? u.text.slice(0, w) : u.text;
      let texts = level === 1 ? sentences(head, lang) : words(head, lang);
      if (windowed) {
        const used = texts.slice(0, -1).reduce((n, t) => n + t.length, 0);
        texts = [...texts.slice(0, -1), u.text.slice(used)];
      }
      if (texts.length > 1) return texts.map((text, i) => ({ text, role: u.role, join: i === 0 ? u.join : true, level }));
      if (!windowed || level === 1) break;
    }
  }
  return [u];
}

/** Greedy grouping of atomic items; an item too big alone still gets its own group. */
function groups<T>(items: readonly T[], fits: (group: T[], first: boolean) => boolean): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    if (current.length === 0 || fits([...current, item], out.length === 0)) current.push(item);
    else {
      out.push(current);
      current = [item];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

function finishPages(original: Slide, pages: Slide[], continued: Marker): Slide[] {
  const probe = continued(99, 99);
  if (pages.length <= 1) return [original];
  const of = pages.length;
  const seconds = shareSeconds(original.seconds, pages.map(textWeight));
  return pages.map((p, i) => {
    const n = i + 1;
    const marker = continued(n, of);
    const fix = (s: string) => (s.endsWith(` ${probe}`) ? `${s.slice(0, -probe.length - 1)} ${marker}` : s);
    const page: Slide = { ...p, id: n === 1 ? original.id : `${original.id}~${n}`, kicker: fix(p.kicker), title: fix(p.title), seconds: seconds[i]!, page: { n, of, stem: original.id } };
    if (page.kind === 'section') page.heading = fix(page.heading);
    if (page.runningHead !== undefined) page.runningHead = fix(page.runningHead);
    return page;
  });
}

function textWeight(s: Slide): number {
  return JSON.stringify(s).length;
}

/** Splits whole seconds in proportion to the weights (largest remainder), keeping the sum exact. */
export function shareSeconds(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i]!++;
    left--;
  }
  return out;
}
