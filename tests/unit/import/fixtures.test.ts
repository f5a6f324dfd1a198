import { describe, expect, it } from 'vitest';
import { planDeck } from '../../../src/deck/plan';
import { formatReport } from '../../../src/import/index';
import { parseRelease } from '../../../src/release/parse';
import { fixture, imported, yamlText } from './helpers';

function importFixture(name: string) {
  const result = imported(fixture(name), name);
  const parsed = parseRelease(result.yaml, name);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return { ...result, release: parsed.release };
}

describe('English release with three organizations and no ceremony', () => {
  const r = importFixture('en-three-orgs.txt');
  it('finds title, date above the title, sections with bullet points', () => {
    expect(r.release.title).toBe('Robot Safety Testing Agreement among Japan, Germany and France Concluded');
    expect(r.release.released).toBe('2018-03-03');
    expect(r.release.sections.map((s) => s.heading)).toEqual(['Background', 'Outline of the agreement', 'Future plans']);
    expect(r.release.sections[1]).toMatchObject({
      paragraphs: ['The three organizations agree on the following:'],
      points: ['Mutual recognition of safety test results', 'Joint test sites in Nagoya, Munich and Lyon', 'An annual meeting of experts'],
    });
  });
  it('reads the three appendix profiles', () => {
    const [rri, gra, faf] = r.release.organizations;
    expect(r.release.organizations.map((o) => o.id)).toEqual(['rri', 'gra', 'faf']);
    expect(rri).toMatchObject({ name: 'Robot Revolution Initiative', founded: '2015-05', foundedBy: ['METI'], members: { count: 520, approximate: true, asOf: '2018-01' }, workingGroups: { count: 3 } });
    expect(gra).toMatchObject({ founded: '2009-06', foundedBy: ['Bosch', 'Kuka', 'Siemens'], members: { count: 1200, approximate: true, asOf: '2017-12' } });
    expect(faf).toMatchObject({ workingGroups: { text: 'several' } });
    expect(faf?.founded).toBeUndefined();
  });
  it('has no ceremony, dated events with their organizations, and a comparison slide', () => {
    expect(r.release.ceremony).toBeUndefined();
    expect(r.release.events.find((e) => e.date === '2018-03-01')?.organizations).toEqual(['rri', 'gra', 'faf']);
    expect(r.release.events.find((e) => e.date === '2016-04')?.organizations).toEqual(['rri', 'gra']);
    // "as of January 2018" dates a figure, not an event.
    expect(r.release.events.map((e) => e.date)).not.toContain('2018-01');
    expect(planDeck(r.release).slides.map((s) => s.kind)).toEqual(['title', 'lead', 'section', 'section', 'section', 'timeline', 'organization', 'organization', 'organization', 'comparison', 'closing']);
  });
  it('reports the line after the contact block and the chrome', () => {
    expect(r.unplaced).toEqual([{ line: 40, text: 'Attachment: Text of the agreement (PDF: 120KB)', reason: 'after the contact block' }]);
    expect(r.chrome.map((c) => c.n)).toEqual([1, 2]);
  });
});

describe('English release with bullet lists and no contact block or profiles', () => {
  const r = importFixture('en-bullets-no-contact.txt');
  it('keeps dashes and (1) items as points', () => {
    expect(r.release.sections[0]?.points).toEqual(['Producing hydrogen from brown coal in Victoria', 'Shipping liquefied hydrogen on the Suiso Frontier', 'Unloading at the Kobe terminal']);
    expect(r.release.sections[1]).toMatchObject({ heading: 'Schedule', points: ['The first shipment is planned for December 2019.', 'Results will be reported by March 2021.'] });
    expect(r.release.sections[1]?.paragraphs).toBeUndefined();
  });
  it('falls back to the organizations the lead names, marked as guessed', () => {
    expect(r.release.organizations.map((o) => [o.id, o.name])).toEqual([
      ['hystra', 'Hydrogen Energy Supply Chain Technology Research Association'],
      ['meti', 'Ministry of Economy, Trade and Industry'],
    ]);
    expect(r.release.organizations[0]?.summary).toBe(r.release.lead);
    expect(r.yaml).toMatch(/# guessed: no organization profile in the text; HySTRA is named in the lead/);
  });
  it('guesses the issuer and leaves out what it does not have', () => {
    expect(r.release.released).toBe('2019-04-11');
    expect(r.release.issuer).toEqual({ name: 'Ministry of Economy, Trade and Industry', short: 'METI' });
    expect(r.yaml).toMatch(/# guessed: no contact block/);
    expect(r.release.ceremony).toBeUndefined();
    expect(r.release.events.map((e) => e.date)).toEqual(['2019-04-10', '2019-12', '2021-03']);
  });
  it('reports the empty "3. Contact" section', () => {
    expect(r.unplaced).toEqual([{ line: 17, text: 'Contact', reason: 'a section heading with no text under it' }]);
  });
});

describe('Japanese release', () => {
  const r = importFixture('ja-itac-aioti.txt');
  it('reads Heisei and full-width dates, 「」 and 年月日', () => {
    expect(r.release.lang).toBe('ja');
    expect(r.release.released).toBe('2017-03-21');
    expect(r.release.title).toBe('日EUのIoT協力に関する覚書を締結しました');
    expect(r.release.sections.map((s) => s.heading)).toEqual(['背景', '覚書のポイント']);
    expect(r.release.sections[1]?.points).toEqual(['グッドプラクティスに関する情報交換', '政策提言', 'IoTに関する標準化活動での協力']);
    expect(r.release.ceremony).toEqual({ date: '2017-03-20', occasion: 'CeBIT 2017', place: 'ドイツ', parties: ['itac', 'aioti'], caption: '写真：ITACとAIOTIの署名式の様子' });
  });
  it('reads the profiles in the （参考） appendix', () => {
    const [itac, aioti] = r.release.organizations;
    expect(itac).toMatchObject({ id: 'itac', name: 'IoT推進コンソーシアム', founded: '2015-10', foundedBy: ['経済産業省', '総務省'], members: { count: 2800, approximate: true, asOf: '2017-03' }, workingGroups: { text: '複数' } });
    expect(aioti).toMatchObject({ id: 'aioti', founded: '2015-03', foundedBy: ['欧州委員会'], members: { count: 160, approximate: true, asOf: '2017-03' }, workingGroups: { count: 13 } });
  });
  it('reads the contact block and the issuer above the title', () => {
    expect(r.release.issuer).toEqual({ name: '経済産業省', short: 'METI', division: '商務情報政策局 情報経済課', address: '〒100-8901 東京都千代田区霞が関1-3-1', phone: '03-3501-1511' });
    expect(r.release.events.filter((e) => e.date === '2017-03-20')).toHaveLength(1);
  });
  it('reports the unplaced line and the chrome', () => {
    expect(r.unplaced.map((u) => u.text)).toEqual(['関連資料一覧へ戻る']);
    expect(r.chrome.map((c) => c.text)).toEqual(['文字サイズ変更']);
  });
});

describe('saved HTML page with navigation and footer', () => {
  const r = importFixture('en-page.html');
  it('drops head, scripts, nav, header, breadcrumb, tool links and footer', () => {
    const text = yamlText(r.yaml);
    for (const chrome of ['Not release text', 'Press Releases', 'Skip to main content', 'Font Size Change', 'Privacy Policy', 'color: red']) {
      expect(text).not.toContain(chrome);
    }
    expect(r.fromHtml).toBe(true);
  });
  it('decodes entities and finds the fields', () => {
    expect(r.release.title).toBe('Japan–UK Partnership on Offshore Wind Standards Launched');
    expect(r.release.released).toBe('2019-06-28');
    expect(r.release.lead).toContain('offshore wind standards & certification. The partners’ first joint workshop');
    expect(r.release.sections.map((s) => s.heading)).toEqual(['Background', 'Areas of cooperation']);
    expect(r.release.sections[1]?.points).toHaveLength(3);
    expect(r.release.ceremony).toMatchObject({ date: '2019-06-27', place: 'London', parties: ['jwpa', 'ruk'] });
    expect(r.release.organizations.map((o) => o.id)).toEqual(['jwpa', 'ruk']);
    expect(r.release.organizations[1]).toMatchObject({ name: 'RenewableUK', founded: '1978-04', members: { count: 400, approximate: true, asOf: '2019-06' }, workingGroups: { count: 12 } });
    expect(r.release.issuer).toMatchObject({ division: 'New and Renewable Energy Division, Agency for Natural Resources and Energy', phone: '+81-(0)3-3501-1511' });
  });
  it('reports the attachment line', () => {
    expect(r.unplaced.map((u) => [u.reason, u.text])).toEqual([['after the contact block', 'Attachment: Memorandum of Cooperation (PDF: 180KB)']]);
  });
});

describe('METI 2018-style page: numbered breadcrumb, subtitle, date line, no profiles', () => {
  const r = importFixture('en-moc-breadcrumb-subtitle.txt');
  it('drops the breadcrumb written as a numbered list as site chrome, not sections', () => {
    expect(r.chrome.map((c) => c.text)).toEqual([
      'Font Size Change', 'Easy Web Browsing tool', '1. Home', '2. News Releases', '3. Back Issues', '4. October FY2018', '5. Memorandum of Cooperation on Digital Partnership Signed',
    ]);
    expect(r.release.title).toBe('Memorandum of Cooperation on Digital Partnership Signed');
    expect(r.release.sections.map((s) => s.heading)).toEqual(['Background', 'Outline of the MOC']);
  });
  it('takes the one-line subtitle as the subtitle and the date line as the release date', () => {
    expect(r.release.subtitle).toBe('Ministries of Japan and India to cooperate on electronics and information technology');
    expect(r.release.released).toBe('2018-10-29');
    expect(r.release.lead).toMatch(/^On October 29, 2018, the Ministry of Economy, Trade and Industry \(METI\) signed/);
  });
  it('proposes the organizations the lead names as profiles, each marked as guessed', () => {
    expect(r.release.organizations.map((o) => [o.id, o.name])).toEqual([
      ['meti', 'Ministry of Economy, Trade and Industry'],
      ['meity', 'Ministry of Electronics and Information Technology'],
    ]);
    expect(r.yaml.match(/# guessed: no organization profile in the text; (METI|MeitY) is named in the lead/g)).toHaveLength(2);
    expect(r.unplaced).toEqual([]);
  });
});

describe('the same page saved as HTML, its breadcrumb a plain <ol>', () => {
  const text = fixture('en-moc-breadcrumb-subtitle.txt');
  const [crumbs, rest] = [text.split('\n').slice(3, 8), text.split('\n').slice(9)];
  const html = `<!doctype html><html><body><ol>${crumbs.map((c) => `<li><a href="#">${c.replace(/^\d\. /, '')}</a></li>`).join('')}</ol>${rest.map((l) => `<p>${l}</p>`).join('\n')}</body></html>`;
  const r = imported(html, 'page.html');
  it('drops the breadcrumb and reads title and subtitle', () => {
    expect(r.fromHtml).toBe(true);
    expect(r.chrome.map((c) => c.text).slice(0, 2)).toEqual(['1. Home', '2. News Releases']);
    expect([r.release.title, r.release.subtitle]).toEqual(['Memorandum of Cooperation on Digital Partnership Signed', 'Ministries of Japan and India to cooperate on electronics and information technology']);
  });
});

describe('appendix with a numbered profile heading that has no short name in brackets', () => {
  const r = importFixture('en-appendix-no-short-name.txt');
  it('makes it a profile of its own instead of merging it into the one before, and reports the guess', () => {
    expect(r.release.organizations.map((o) => [o.id, o.name, o.short])).toEqual([
      ['hrc', 'Harbour Robotics Consortium', 'HRC'],
      ['caa', 'Coastal Automation Alliance', 'CAA'],
      ['pier-logistics-consortium', 'Pier Logistics Consortium', undefined],
    ]);
    const caa = r.release.organizations[1]!;
    expect([caa.summary, ...(caa.points ?? [])].join(' ')).not.toContain('Pier');
    expect(caa.members).toBeUndefined();
    expect(r.release.organizations[2]).toMatchObject({ members: { count: 90, approximate: true, asOf: '2019-04' } });
    expect(r.guesses.map((g) => g.note)).toContain('line 21: "Pier Logistics Consortium" has no short name in brackets; the id is made from the name, and short is left out');
  });
  it('picks up founders written "with the cooperation of the Ministry of … (METI) and the Ministry of … (MLIT)"', () => {
    expect(r.release.organizations[0]).toMatchObject({ founded: '2016-04', foundedBy: ['METI', 'MLIT'] });
  });
});

describe('a release about no organization', () => {
  const r = importFixture('en-no-organizations.txt');
  it('is imported, with no organizations and a deck without profile or comparison slides', () => {
    expect(r.release.organizations).toEqual([]);
    expect(r.yaml).not.toMatch(/^organizations:/m);
    expect(planDeck(r.release).slides.map((s) => s.kind)).toEqual(['title', 'lead', 'section', 'section', 'timeline', 'closing']);
    expect(formatReport('en-no-organizations.txt', r)).toContain('2 sections, 0 organizations (so no profile or comparison slides');
  });
});
