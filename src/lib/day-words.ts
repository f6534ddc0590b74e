/**
 * A day in words with the first of a month written the language's way
 * (« 1er décembre 2026 », where Intl writes « 1 décembre 2026 »). Pure and
 * import-free, so a browser element can bundle it for a few bytes: the
 * build-time formatDay() (format.ts) and the elements that format dates in
 * the browser (<vp-progress>, <vp-results>, the letter's date) share it,
 * each passing its Intl format and the `date.firstDay` word of ui.json
 * (the elements read it from the server HTML).
 *
 * @example dayWords(new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }), Date.UTC(2026, 11, 1), '1er')
 *   // '1er décembre 2026'
 */
export function dayWords(format: Intl.DateTimeFormat, date: Date | number, firstDay: string): string {
  return format
    .formatToParts(date)
    .map((p) => (p.type === 'day' && Number(p.value) === 1 ? firstDay : p.value))
    .join('');
}

/** What an element needs to write a day: the Intl tag ("fr-FR", "en-GB") and the first-day word ("1er", "1"). */
export interface DayWords {
  tag: string;
  firstDay: string;
}
