/**
 * Dates as people read them, in the release's language.
 *   formatDate('2017-03-21', 'en') → "21 March 2017";  formatDate('2015-10', 'ja') → "2015年10月"
 * Always UTC: a date in a release is a calendar day, not an instant.
 */
export function formatDate(value: string, lang: string): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return formatter(lang, d !== undefined).format(date);
}

/** Making a formatter costs about a millisecond (locale data); a deck formats dozens of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, withDay: boolean): Intl.DateTimeFormat {
  // en-GB gives "21 March 2017", the order the METI English releases use in their dates.
  const locale = lang.toLowerCase().startsWith('en') ? 'en-GB' : lang;
  const key = `${locale} ${withDay}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, withDay ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** Sort key for partial dates: "2015" < "2015-03" < "2015-03-01". */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
