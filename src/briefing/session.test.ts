import { describe, expect, it } from 'vitest';
import type { NavMessage, PageRef } from './messages';
import { createSession, type Role } from './session';
import type { BriefingTransport } from './transport';

/** An in-memory hub with BroadcastChannel's rule: a message reaches every subscriber but its sender. */
function hub() {
  const endpoints: { listener?: (m: NavMessage) => void }[] = [];
  const log: NavMessage[] = [];
  const connect = (): BriefingTransport => {
    const me: { listener?: (m: NavMessage) => void } = {};
    endpoints.push(me);
    return {
      send: (m) => {
        log.push(m);
        for (const e of endpoints) if (e !== me) e.listener?.(structuredClone(m));
      },
      subscribe: (l) => { me.listener = l; return () => { me.listener = undefined; }; },
    };
  };
  return { connect, log };
}

const ref = (id: string, n = 1, of = 1): PageRef => ({ id, stem: id.split('~')[0]!, title: of > 1 ? `${id.split('~')[0]} (${n}/${of})` : id, n, of });
// The room's deck cuts the comparison in two; the presenter's own plan has it on one page.
const AUDIENCE_PAGES = [ref('title'), ref('lead'), ref('comparison', 1, 2), ref('comparison~2', 2, 2), ref('closing')];
const PLAN_PAGES = [ref('title'), ref('lead'), ref('comparison'), ref('closing')];

function pair() {
  const h = hub();
  const open = (role: Role, pages: PageRef[]) => createSession({ transport: h.connect(), role, pages, onChange: () => {} });
  const audience = open('audience', AUDIENCE_PAGES);
  const presenter = open('presenter', PLAN_PAGES);
  return { audience, presenter, log: h.log };
}

describe('a briefing session pair', () => {
  it('the presenter takes the audience’s pages (continuation pages included) when it opens', () => {
    const { presenter } = pair();
    expect(presenter.pages).toEqual(AUDIENCE_PAGES);
  });
  it('next on either window moves the other', () => {
    const { audience, presenter } = pair();
    presenter.command({ type: 'next' });
    expect(audience.state.index).toBe(1);
    audience.command({ type: 'next' });
    audience.command({ type: 'next' });
    expect(presenter.state.index).toBe(3);
    presenter.command({ type: 'digit', digit: 5 });
    presenter.command({ type: 'enter' });
    expect(audience.state.index).toBe(4);
  });
  it('blackout and overview travel too; typed digits stay local', () => {
    const { audience, presenter } = pair();
    presenter.command({ type: 'black' });
    expect(audience.state.blackout).toBe('black');
    audience.command({ type: 'overview' });
    expect(presenter.state.overview).toBe(true);
    presenter.command({ type: 'digit', digit: 2 });
    expect(audience.state.jump).toBe('');
  });
  it('a window does not answer what it was told: one message per local move', () => {
    const { presenter, log } = pair();
    const before = log.length;
    presenter.command({ type: 'next' });
    expect(log.slice(before).map((m) => `${m.kind}:${m.source.split('-')[0]}`)).toEqual(['state:presenter']);
  });
  it('the reveal deck reporting the position it was just sent to sends nothing', () => {
    const { audience, presenter, log } = pair();
    presenter.command({ type: 'next' });
    const before = log.length;
    audience.moved(1, false);
    expect(log.length).toBe(before);
    audience.moved(3, false); // a click in the overview
    expect(presenter.state.index).toBe(3);
  });
  it('ignores an older message that arrives late', () => {
    const h = hub();
    const presenter = createSession({ transport: h.connect(), role: 'presenter', pages: PLAN_PAGES, onChange: () => {} });
    const fake = h.connect();
    fake.send({ kind: 'state', source: 'audience-x', seq: 5, index: 2, page: ref('comparison'), blackout: 'none', overview: false });
    fake.send({ kind: 'state', source: 'audience-x', seq: 4, index: 0, page: ref('title'), blackout: 'none', overview: false });
    expect(presenter.state.index).toBe(2);
  });
  it('names the page the room sees, even before the room’s page list has arrived', () => {
    const h = hub();
    const seen: (PageRef | undefined)[] = [];
    const presenter = createSession({ transport: h.connect(), role: 'presenter', pages: PLAN_PAGES, onChange: (_s, _p, page) => seen.push(page) });
    const room = h.connect();
    // The room re-paginated at a larger size: its position arrives before its new page list.
    room.send({ kind: 'state', source: 'audience-x', seq: 1, index: 4, page: ref('comparison~3', 3, 3), blackout: 'none', overview: false });
    expect(presenter.page).toEqual(ref('comparison~3', 3, 3));
    expect(seen.at(-1)).toEqual(ref('comparison~3', 3, 3));
    room.send({ kind: 'deck', source: 'audience-x', pages: [ref('title'), ref('lead'), ref('comparison', 1, 3), ref('comparison~2', 2, 3), ref('comparison~3', 3, 3), ref('closing')] });
    expect(presenter.state.index).toBe(4);
    expect(presenter.page).toEqual(ref('comparison~3', 3, 3));
    presenter.command({ type: 'next' });
    expect(presenter.page).toEqual(ref('closing'));
  });
});
