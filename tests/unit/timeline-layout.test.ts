/**
 * The timeline's pure layout, tested on the real events of content/events
 * and on synthetic ones (tests/fixtures/timeline/events.ts): where events
 * sit in time, which lane they go to, which era they belong to, and that no
 * two label boxes ever overlap — including in the dense weeks of early 2020
 * and the sanctions of 2022.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, strings } from '../../src/i18n';
import { loadContent } from '../../src/lib/content-check';
import { timeAxis } from '../../src/lib/timeline/axis';
import { ERAS, eraBounds, eraOf } from '../../src/lib/timeline/eras';
import { fitText, overlaps, packRows, textWidth } from '../../src/lib/timeline/labels';
import { LANES, laneOf, namesCompanyFirst } from '../../src/lib/timeline/lanes';
import { layoutTimeline, type LayoutEvent, type TimelineGeometry } from '../../src/lib/timeline/layout';
import { periodOf } from '../../src/lib/timeline/period';
import { tickLabel } from '../../src/lib/timeline/ticks';
import { dense, lcg, sample } from '../fixtures/timeline/events';
import { texts } from '../support/localized';

const real: LayoutEvent[] = [...loadContent('content', []).events.values()].map((e) => ({ id: e.id, ...e.data! }));
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const byId = (g: TimelineGeometry, id: string) => {
  const e = g.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id} in the layout`);
  return e;
};

/** Every pair of event boxes: same lane and row → apart on x; otherwise apart on y. */
function collisions(g: TimelineGeometry): string[] {
  const out: string[] = [];
  g.events.forEach((a, i) => {
    for (const b of g.events.slice(i + 1)) {
      const sameRow = a.lane === b.lane && a.row === b.row;
      const ySeparate = a.box.y1 <= b.box.y0 || b.box.y1 <= a.box.y0;
      if (sameRow ? overlaps(a.box, b.box) : !ySeparate) out.push(`${a.id} × ${b.id}`);
    }
  });
  return out;
}

/** Boxes inside the viewBox, labels inside their box, glyphs inside their lane. */
function outOfBounds(g: TimelineGeometry): string[] {
  const out: string[] = [];
  for (const e of g.events) {
    const lane = g.lanes.find((l) => l.id === e.lane)!;
    const lx0 = e.label.anchor === 'start' ? e.label.x : e.label.x - e.label.width;
    if (e.box.x0 < 0 || e.box.x1 > g.width) out.push(`${e.id} leaves the viewBox`);
    if (lx0 < e.box.x0 - 0.2 || lx0 + e.label.width > e.box.x1 + 0.2) out.push(`${e.id}'s label leaves its box`);
    if (e.box.y0 < lane.y0 || e.box.y1 > lane.y1) out.push(`${e.id} leaves its lane`);
  }
  return out;
}

describe('periodOf', () => {
  it('places a day at its noon, a month and a year at their middle (UTC)', () => {
    expect(periodOf('2021-11-26').mid.toISOString()).toBe('2021-11-26T12:00:00.000Z');
    expect(periodOf('2020-05').mid.toISOString()).toBe('2020-05-16T12:00:00.000Z');
    expect(periodOf('2023').mid.toISOString()).toBe('2023-07-02T12:00:00.000Z');
  });
  it('spans the whole period it names', () => {
    const p = periodOf('2020-02');
    expect([p.start.toISOString(), p.end.toISOString(), p.precision]).toEqual(['2020-02-01T00:00:00.000Z', '2020-03-01T00:00:00.000Z', 'month']);
  });
  it('refuses a string that is not a date', () => {
    expect(() => periodOf('26/11/2021')).toThrow(/YYYY-MM-DD/);
    expect(() => periodOf('2021-1-2')).toThrow();
  });
});

describe('laneOf', () => {
  it.each([
    ['US', 'The New York Times', 'us'], ['US-IL', 'ACLU', 'us'], ['US-NJ', 'Attorney General', 'us'],
    ['FR', 'CNIL', 'france'],
    ['IT', 'Garante', 'eu'], ['GR', 'HDPA', 'eu'], ['NL', 'AP', 'eu'], ['AT', 'DSB', 'eu'], ['DE-HH', 'HmbBfDI', 'eu'],
    ['SE', 'IMY', 'eu'], ['BE', 'COC', 'eu'], ['EU', 'EDPB', 'eu'],
    ['GB', 'ICO', 'uk'],
    ['CA', 'OPC', 'world'], ['CA-BC', 'OIPC', 'world'], ['AU', 'OAIC', 'world'], ['UA', 'Ministry of Defence', 'world'],
  ])('puts %s (%s) in the lane "%s"', (jurisdiction, actor, lane) => {
    expect(laneOf({ jurisdiction, actor: { fr: actor, en: actor } })).toBe(lane);
  });
  it('puts the company and its founder in their own lane, wherever they act', () => {
    expect(laneOf({ jurisdiction: 'US', actor: { fr: 'Clearview AI (mémoire)', en: 'Clearview AI (court filing)' } })).toBe('company');
    expect(laneOf({ jurisdiction: 'CA', actor: { fr: 'Clearview AI / Commissariat', en: 'Clearview AI / Office of the Privacy Commissioner' } })).toBe('company');
    expect(laneOf({ jurisdiction: 'US', actor: { fr: 'Hoan Ton-That (entretien avec WIRED)', en: 'Hoan Ton-That (interview with WIRED)' } })).toBe('company');
  });
  it('leaves a case against the company with the court that hears it', () => {
    expect(laneOf({ jurisdiction: 'US-IL', actor: { fr: 'David Mutnick c. Clearview AI', en: 'David Mutnick v. Clearview AI' } })).toBe('us');
    expect(laneOf({ jurisdiction: 'UA', actor: { fr: 'Ministère ukrainien de la Défense / Clearview AI', en: 'Ukraine Ministry of Defence / Clearview AI' } })).toBe('world');
  });
  it('finds the company first in every language of a real event, or in none', () => {
    for (const e of real) {
      const langs = Object.values(e.actor).map(namesCompanyFirst);
      expect(new Set(langs).size, `${e.id}: ${JSON.stringify(e.actor)}`).toBe(1);
    }
  });
  it('gives every lane at least one real event', () => {
    const used = new Set(real.map(laneOf));
    expect([...used].sort()).toEqual([...LANES].sort());
  });
});

describe('eras', () => {
  it('follow one another without gap or overlap', () => {
    ERAS.slice(1).forEach((era, i) => expect(era.start).toBe(ERAS[i]!.end));
    expect(ERAS.at(-1)!.end).toBeUndefined();
  });
  it('have a name in every language, and no name for an era that does not exist', () => {
    for (const l of LOCALES) {
      const names = strings('timeline', l).eras;
      expect(Object.keys(names).sort(), l).toEqual(ERAS.map((e) => e.id).sort());
      for (const era of ERAS) expect(names[era.id].trim(), `${l} ${era.id}`).not.toBe('');
    }
  });
  it('draw the names they are given, or their ids', () => {
    const named = layoutTimeline(real, { lang: 'fr', eraNames: strings('timeline', 'fr').eras });
    expect(named.eras.map((e) => e.name)).toEqual(['Révélation', 'Enquêtes', 'Sanctions', 'Suites']);
    expect(layoutTimeline(real, { lang: 'fr' }).eras.map((e) => e.name)).toEqual(ERAS.map((e) => e.id));
  });
  it('contain their start and not their end', () => {
    expect(eraOf(utc('2020-04-30'), ERAS)?.id).toBe('revelation');
    expect(eraOf(utc('2020-05-01'), ERAS)?.id).toBe('investigations');
    expect(eraOf(utc('2024-06-01'), ERAS)?.id).toBe('aftermath');
    expect(eraOf(utc('2019-12-31'), ERAS)).toBeUndefined();
  });
  it('end an open era where it is told to', () => {
    const [s, e] = eraBounds(ERAS[3], utc('2026-04-01'));
    expect([s.toISOString().slice(0, 10), e.toISOString().slice(0, 10)]).toEqual(['2024-06-01', '2026-04-01']);
  });
  it('place the real milestones where the story puts them', () => {
    const g = layoutTimeline(real, { lang: 'en' });
    expect(byId(g, 'nyt-secretive-company-article').era).toBe('revelation');
    expect(byId(g, 'cnil-complaints-and-investigation').era).toBe('investigations'); // "2020-05": mid-May
    expect(byId(g, 'cnil-sanction').era).toBe('sanctions');
    expect(byId(g, 'dutch-ap-fine').era).toBe('sanctions'); // signed 16 May 2024, announced in September
    expect(byId(g, 'mdl-settlement-final-approval').era).toBe('aftermath');
    expect(byId(g, 'clearview-founded').era).toBeUndefined();
  });
});

describe('timeAxis', () => {
  const periods = ['2017', '2020-01-18', '2022-10-17', '2024-03', '2026-02-18'].map(periodOf);
  const axis = timeAxis(periods, { x0: 0, x1: 1000 });

  it('maps later dates further right', () => {
    const days = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2017, i, 1)));
    const xs = days.map((d) => axis.x(d));
    xs.slice(1).forEach((x, i) => expect(x).toBeGreaterThan(xs[i]!));
  });
  it('compresses two or more empty calendar years into a break', () => {
    expect(axis.breaks).toHaveLength(1);
    expect([axis.breaks[0]!.start.toISOString().slice(0, 4), axis.breaks[0]!.end.toISOString().slice(0, 4)]).toEqual(['2018', '2020']);
    expect(axis.breaks[0]!.x1 - axis.breaks[0]!.x0).toBe(24);
  });
  it('keeps one time-to-pixel ratio in every live stretch', () => {
    const ratio = (s: { start: Date; end: Date; x0: number; x1: number }) => (s.x1 - s.x0) / (s.end.getTime() - s.start.getTime());
    expect(ratio(axis.live[0]!)).toBeCloseTo(ratio(axis.live[1]!), 12);
  });
  it('makes no break for a single empty year', () => {
    expect(timeAxis(['2018', '2019-06-01', '2021-03'].map(periodOf), { x0: 0, x1: 1000 }).breaks).toEqual([]);
  });
  it('spreads ticks at least the asked distance apart, from the first live date', () => {
    const ticks = axis.ticks(48);
    expect(ticks[0]!.date.toISOString().slice(0, 10)).toBe('2017-01-01');
    ticks.slice(1).forEach((t, i) => expect(t.x - ticks[i]!.x).toBeGreaterThanOrEqual(48));
  });
  it('writes tick labels through Intl in each language', () => {
    expect(tickLabel(utc('2021-01-01'), 'fr')).toBe('2021');
    expect(tickLabel(utc('2020-02-01'), 'fr')).toBe('févr.');
    expect(tickLabel(utc('2020-02-01'), 'en')).toBe('Feb');
    expect(tickLabel(utc('2020-02-01'), 'en', true)).toBe('Feb 2020');
    expect(tickLabel(utc('2020-01-19'), 'fr')).toBe('19 janv.');
  });
});

describe('labels', () => {
  it('estimates wider text for more and wider characters', () => {
    expect(textWidth('Sanctions', 12)).toBeGreaterThan(textWidth('Sanction', 12));
    expect(textWidth('WWW', 12)).toBeGreaterThan(textWidth('iii', 12));
    expect(textWidth('é', 10)).toBe(textWidth('e', 10));
    expect(textWidth('ab', 24)).toBeCloseTo(textWidth('ab', 12) * 2);
  });
  it('shortens a long text at a word boundary, with an ellipsis', () => {
    const s = fitText('Avis du Comité européen de la protection des données', 150, 12);
    expect(s.endsWith('…')).toBe(true);
    expect(textWidth(s, 12)).toBeLessThanOrEqual(150);
    expect(fitText('Court', 150, 12)).toBe('Court');
  });
  it('packs random intervals into rows where none overlap', () => {
    const rnd = lcg(42);
    const items = Array.from({ length: 300 }, () => {
      const x0 = rnd() * 1000;
      return { x0, x1: x0 + 5 + rnd() * 200 };
    });
    const rows = packRows(items, 6);
    items.forEach((a, i) => items.slice(i + 1).forEach((b, j) => {
      if (rows[i] === rows[i + 1 + j]) expect(overlaps(a, b, 6)).toBe(false);
    }));
  });
  it('uses the first row that fits', () => {
    expect(packRows([{ x0: 0, x1: 50 }, { x0: 40, x1: 90 }, { x0: 60, x1: 99 }])).toEqual([0, 1, 0]);
  });
});

describe('layoutTimeline', () => {
  const layouts = (['fr', 'en'] as const).map((lang) => [lang, layoutTimeline(real, { lang, laneNames: { eu: 'Autres autorités de l’UE' }, eraNames: strings('timeline', lang).eras })] as const);

  it('draws every real event once', () => {
    for (const [, g] of layouts) expect(g.events.map((e) => e.id).sort()).toEqual(real.map((e) => e.id).sort());
  });

  it('moves right as time goes on', () => {
    for (const [, g] of layouts) {
      const mids = g.events.map((e) => [periodOf(e.date).mid.getTime(), e.x] as const);
      mids.slice(1).forEach(([t, x], i) => {
        expect(t).toBeGreaterThanOrEqual(mids[i]![0]);
        expect(x).toBeGreaterThanOrEqual(mids[i]![1]);
      });
    }
  });

  it('draws a month or a year as a bar under a glyph at its middle', () => {
    const g = layouts[0]![1];
    const month = byId(g, 'hamburg-dpa-opens-proceeding'); // 2020-03
    const year = byId(g, 'clearview-founded'); // a year
    for (const e of [month, year]) {
      expect(e.extent).toBeDefined();
      expect(e.x).toBeCloseTo((e.extent!.x0 + e.extent!.x1) / 2, 0);
    }
    expect(year.extent!.x1 - year.extent!.x0).toBeGreaterThan(10 * (month.extent!.x1 - month.extent!.x0));
    expect(byId(g, 'cnil-sanction').extent).toBeUndefined();
  });

  it('places a day-precise event after a month-precise one of the same month only past mid-month', () => {
    const g = layoutTimeline(sample.concat([
      { id: 'early', date: '2020-05-02', jurisdiction: 'FR', actor: texts('CNIL', 'CNIL'), kind: 'fine', title: texts('a', 'a') },
      { id: 'late-may', date: '2020-05-30', jurisdiction: 'FR', actor: texts('CNIL', 'CNIL'), kind: 'fine', title: texts('b', 'b') },
    ]), { lang: 'fr' });
    expect(byId(g, 'early').x).toBeLessThan(byId(g, 'inquiry').x);
    expect(byId(g, 'late-may').x).toBeGreaterThan(byId(g, 'inquiry').x);
  });

  it('keeps every label box apart, in both languages', () => {
    for (const [lang, g] of layouts) {
      expect(collisions(g), lang).toEqual([]);
      expect(outOfBounds(g), lang).toEqual([]);
    }
  });

  it('keeps the dense weeks of early 2020 and the sanctions of 2022 apart', () => {
    const g = layouts[0]![1];
    for (const [from, to] of [['2020-01', '2020-03'], ['2022-01', '2023-01']] as const) {
      const busy = g.events.filter((e) => e.date >= from && e.date < to);
      expect(busy.length).toBeGreaterThanOrEqual(8);
      expect(collisions({ ...g, events: busy })).toEqual([]);
      // the crowded lanes really needed several rows
      expect(Math.max(...busy.map((e) => e.row))).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps a synthetic crowd apart, whatever the seed', () => {
    for (const seed of [1, 2, 3, 99]) {
      const g = layoutTimeline(dense(40, seed), { lang: 'fr', width: 680 });
      expect(collisions(g), `seed ${seed}`).toEqual([]);
      expect(outOfBounds(g), `seed ${seed}`).toEqual([]);
    }
  });

  it('lays each era out on its own, with nothing outside it', () => {
    const full = layouts[0]![1];
    const until = new Date(full.domain[1]);
    for (const era of ERAS) {
      const domain = eraBounds(era, until);
      const g = layoutTimeline(real, { lang: 'fr', domain });
      expect(g.events.length, era.id).toBe(full.events.filter((e) => e.era === era.id).length);
      expect(g.events.every((e) => e.era === era.id)).toBe(true);
      expect(collisions(g), era.id).toEqual([]);
      expect(outOfBounds(g), era.id).toEqual([]);
    }
  });

  it('spaces tick labels so that none touches the next, at any width', () => {
    const full = layouts[0]![1];
    const until = new Date(full.domain[1]);
    const cases = [
      full,
      layoutTimeline(real, { lang: 'fr', width: 680 }),
      layoutTimeline(dense(12, 5), { lang: 'fr', width: 680 }),
      ...ERAS.map((era) => layoutTimeline(real, { lang: 'en', width: 680, domain: eraBounds(era, until) })),
    ];
    for (const g of cases) {
      const boxes = g.ticks.map((t) => {
        const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - t.width : t.x - t.width / 2;
        return { x0, x1: x0 + t.width, label: t.label };
      });
      expect(boxes.length).toBeGreaterThanOrEqual(2);
      boxes.slice(1).forEach((b, i) => expect(b.x0 - boxes[i]!.x1, `${boxes[i]!.label} | ${b.label}`).toBeGreaterThanOrEqual(8));
      for (const b of boxes) expect(b.x0 >= 0 && b.x1 <= g.width, b.label).toBe(true);
    }
  });

  it('turns a label to the left of its glyph near the right edge', () => {
    const g = layoutTimeline(sample, { lang: 'en', width: 680 });
    const late = byId(g, 'late');
    expect(late.label.anchor).toBe('end');
    expect(late.box.x1).toBeLessThanOrEqual(680);
  });

  it('stacks lanes in the documented order, without overlap', () => {
    const g = layouts[0]![1];
    expect(g.lanes.map((l) => l.id)).toEqual([...LANES]);
    g.lanes.slice(1).forEach((l, i) => expect(l.y0).toBeGreaterThanOrEqual(g.lanes[i]!.y1));
    expect(g.plot.y0).toBeLessThanOrEqual(g.lanes[0]!.y0);
    expect(g.height).toBeGreaterThan(g.plot.y1);
  });

  it('draws only the asked lanes', () => {
    const g = layoutTimeline(real.filter((e) => laneOf(e) === 'france'), { lang: 'fr', width: 680, lanes: ['france'] });
    expect(g.lanes.map((l) => l.id)).toEqual(['france']);
    expect(g.events.every((e) => e.lane === 'france')).toBe(true);
  });

  it('names the eras it shows, and only those', () => {
    const g = layoutTimeline(sample.filter((e) => e.date >= '2022'), { lang: 'en', eraNames: strings('timeline', 'en').eras });
    expect(g.eras.map((e) => e.name)).toEqual(['Sanctions', 'Aftermath']);
    const names = g.eras.map((e) => ({ x0: e.label.x, x1: e.label.x + textWidth(e.name, 12), y: e.label.y }));
    names.forEach((a, i) => names.slice(i + 1).forEach((b) => expect(a.y !== b.y || !overlaps(a, b)).toBe(true)));
  });

  it('is deterministic', () => {
    expect(JSON.stringify(layoutTimeline(real, { lang: 'fr' }))).toBe(JSON.stringify(layoutTimeline([...real].reverse(), { lang: 'fr' })));
  });

  it('refuses to draw nothing', () => {
    expect(() => layoutTimeline([], { lang: 'fr' })).toThrow(/no event/);
    expect(() => layoutTimeline(sample, { lang: 'fr', domain: [utc('1990-01-01'), utc('1991-01-01')] })).toThrow(/no event/);
  });
});
