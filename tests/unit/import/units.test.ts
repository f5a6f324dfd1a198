import { describe, expect, it } from 'vitest';
import { findDates, isAsOf, parseDateLine } from '../../../src/import/dates';
import { decodeEntities, htmlToText } from '../../../src/import/html';
import { parseOrgHeading, orgMentionsWithAcronyms } from '../../../src/import/orgs';
import { bulletText, splitSentences } from '../../../src/import/text';

describe('dates', () => {
  const isos = (t: string) => findDates(t).map((d) => d.iso);
  it('reads English full and month dates without double counting', () => {
    expect(isos('On March 20, 2017, in October 2015 and 1 Feb. 2016')).toEqual(['2017-03-20', '2015-10', '2016-02-01']);
  });
  it('reads Japanese dates: full-width digits, 年月日 and eras', () => {
    expect(isos('２０１７年３月２０日、2015年10月、平成29年3月21日、令和元年5月1日')).toEqual(['2017-03-20', '2015-10', '2017-03-21', '2019-05-01']);
  });
  it('rejects dates that do not exist', () => {
    expect(isos('February 30, 2017 and 2017年13月')).toEqual([]);
  });
  it('tells "as of" dates apart', () => {
    expect(findDates('160 members as of March 2017').map(isAsOf)).toEqual([true]);
    expect(findDates('約160社（2017年3月時点）').map(isAsOf)).toEqual([true]);
    expect(findDates('inaugurated in March 2015').map(isAsOf)).toEqual([false]);
  });
  it('reads a line that is only a date', () => {
    expect(parseDateLine('March 21, 2017')).toBe('2017-03-21');
    expect(parseDateLine('平成29年3月21日（火）')).toBe('2017-03-21');
    expect(parseDateLine('On March 21, 2017 we met')).toBeUndefined();
  });
});

describe('html', () => {
  it('decodes named and numeric entities, never to NUL', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#8217; &#x2019; &nbsp;&unknown; &#0;')).toBe('a & b <c> ’ ’  &unknown; \uFFFD');
  });
  it('drops script, style, nav, footer and furniture classes, keeps block breaks and list markers', () => {
    const html = `<script>x = "<p>no</p>"</script><div class="breadcrumb">Home</div><p>One
      line</p><ol><li>First<ul><li>Sub</li></ul></li><li>Second</li></ol><footer><p>Foot</p></footer><p>A<br>B</p>`;
    expect(htmlToText(html)).toBe('One line\n\n1. First\n  • Sub\n2. Second\nA\nB');
  });
  it('survives a lone < and unclosed tags', () => {
    expect(htmlToText('<p>a < b<p>c')).toBe('a < b\nc');
  });
});

describe('text and organizations', () => {
  it('splits English and Japanese sentences, keeping "etc." inside', () => {
    expect(splitSentences('Policy recommendations, etc. and more. Next one.')).toEqual(['Policy recommendations, etc. and more.', 'Next one.']);
    expect(splitSentences('締結しました。今後「加速」します。')).toEqual(['締結しました。', '今後「加速」します。']);
  });
  it('recognises list items', () => {
    expect(['• a', '- b', '・c', '(1) d', '（２）e', 'a) f'].map(bulletText)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(bulletText('-5% in 2017')).toBeUndefined();
    expect(bulletText('Plain sentence.')).toBeUndefined();
  });
  it('reads "Name (ACR)" headings and tells organizations from other acronyms', () => {
    expect(parseOrgHeading('IoT Acceleration Consortium (ITAC)')).toEqual({ name: 'IoT Acceleration Consortium', short: 'ITAC', id: 'itac' });
    expect(parseOrgHeading('IoT推進コンソーシアム（ITAC）')?.name).toBe('IoT推進コンソーシアム');
    const found = orgMentionsWithAcronyms('the Alliance for IoT Innovation (AIOTI) concluded a Memorandum of Understanding (MOU) with the Ministry of Economy, Trade and Industry (METI)');
    expect(found.map((f) => [f.org.id, f.org.name])).toEqual([['aioti', 'Alliance for IoT Innovation'], ['meti', 'Ministry of Economy, Trade and Industry']]);
  });
});
