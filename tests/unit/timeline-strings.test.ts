/** The timeline's words and addresses: every lane and kind named in both languages, a path of its own. */
import { describe, expect, it } from 'vitest';
import { strings } from '../../src/i18n';
import { chapterSegments, pageSegments, timelineSegments } from '../../src/i18n/routes';
import { LANES } from '../../src/lib/timeline/lanes';
import { EVENT_KINDS } from '../../src/schemas/event';

const dicts = { fr: strings('ui', 'fr') as Record<string, string>, en: strings('ui', 'en') as Record<string, string> };

describe('timeline strings', () => {
  it.each(['fr', 'en'] as const)('names every lane and every kind of event in %s', (lang) => {
    for (const l of LANES) expect(dicts[lang][`timeline.lane.${l}`], l).toBeTruthy();
    for (const k of EVENT_KINDS) expect(dicts[lang][`timeline.kind.${k}`], k).toBeTruthy();
  });
  it('gives the custom element the placeholders it fills', () => {
    for (const d of Object.values(dicts)) {
      expect(d['timeline.shown']).toMatch(/\{shown\}.*\{total\}|\{total\}.*\{shown\}/);
      expect(d['timeline.focused']).toContain('{period}');
      expect(d['timeline.opened']).toContain('{title}');
      expect(d['timeline.unknown']).toContain('{id}');
    }
  });
  it('puts a no-break space before the colon between a publisher and its title in French only', () => {
    expect(strings('timeline', 'fr').colon).toBe('\u00a0: ');
    expect(strings('timeline', 'en').colon).toBe(': ');
  });
  it('has a path segment per language that no chapter or page uses', () => {
    for (const lang of ['fr', 'en'] as const) {
      const others = [...Object.values(chapterSegments), ...Object.values(pageSegments)].map((s) => s[lang]);
      expect(others).not.toContain(timelineSegments[lang]);
      expect(timelineSegments[lang]).toMatch(/^[a-z0-9-]+$/);
    }
  });
});
