/**
 * The time axis: a d3 UTC scale from dates to x, with long empty stretches
 * compressed into a marked break, and ticks from each live stretch's own
 * `scale.ticks()`.
 *
 * Why breaks: the company was founded in 2017 and nothing public happened
 * until January 2020. Drawn to scale, those two empty years would take a
 * fifth of the width and squeeze the dense months of 2020. Two or more whole
 * calendar years without any event are drawn as a narrow break (two slanted
 * strokes on the axis); every live stretch keeps the same time-to-pixels
 * ratio, so distances stay comparable wherever there is something to see.
 *
 * @example
 *   const axis = timeAxis([{ start, end }, …], { x0: 16, x1: 1104 });
 *   axis.x(new Date('2022-10-17')) // a number between 16 and 1104
 *   axis.ticks()                   // [{ date: 2017-01-01, x: 16 }, { date: 2020-01-01, … }, …]
 */
import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';

export interface Stretch {
  start: Date;
  end: Date;
  x0: number;
  x1: number;
}

export interface TimeAxis {
  /** Date → x; monotonic; dates inside a break fall inside its narrow band. */
  x(date: Date): number;
  domain: [Date, Date];
  /** Stretches drawn to scale. */
  live: Stretch[];
  /** Compressed stretches, each drawn `breakWidth` wide. */
  breaks: Stretch[];
  /** Tick dates and positions, about `spacing` apart (default: the option) and at least `minSpacing`. */
  ticks(minSpacing?: number, spacing?: number): { date: Date; x: number }[];
}

export interface AxisOptions {
  x0: number;
  x1: number;
  /** Fixed domain; by default from the first month with an event to one month after the last. */
  domain?: [Date, Date] | undefined;
  /** Fewest whole empty calendar years that make a break (default 2; Infinity: never). */
  breakYears?: number;
  /** Width of a break in pixels (default 24). */
  breakWidth?: number;
  /** Wanted spacing of ticks in pixels, before thinning (default 90). */
  tickSpacing?: number;
}

/** Empty stretches of whole calendar years between the periods. */
function gaps(periods: { start: Date; end: Date }[], [d0, d1]: [Date, Date], years: number): [Date, Date][] {
  const sorted = [...periods].sort((a, b) => a.start.getTime() - b.start.getTime());
  const out: [Date, Date][] = [];
  let covered = d0;
  for (const p of [...sorted, { start: d1, end: d1 }]) {
    const from = utcYear.ceil(covered);
    const to = utcYear.floor(p.start);
    if (to > from && utcYear.count(from, to) >= years) out.push([from, to]);
    if (p.end > covered) covered = p.end;
  }
  return out;
}

export function timeAxis(periods: { start: Date; end: Date }[], opts: AxisOptions): TimeAxis {
  const { x0, x1, breakYears = 2, breakWidth = 24, tickSpacing = 90 } = opts;
  if (!periods.length && !opts.domain) throw new Error('timeAxis: no period and no domain');
  const domain: [Date, Date] = opts.domain ?? [
    utcMonth.floor(new Date(Math.min(...periods.map((p) => p.start.getTime())))),
    utcMonth.offset(utcMonth.ceil(new Date(Math.max(...periods.map((p) => p.end.getTime())))), 1),
  ];
  const holes = gaps(periods, domain, breakYears);
  // Live stretches: the domain minus the holes, sharing the width by duration.
  const spans: [Date, Date][] = [];
  let from = domain[0];
  for (const [a, b] of holes) {
    spans.push([from, a]);
    from = b;
  }
  spans.push([from, domain[1]]);
  const ms = spans.reduce((n, [a, b]) => n + (b.getTime() - a.getTime()), 0);
  const perMs = (x1 - x0 - holes.length * breakWidth) / ms;
  const live: Stretch[] = [];
  const breaks: Stretch[] = [];
  let x = x0;
  spans.forEach(([a, b], i) => {
    const w = (b.getTime() - a.getTime()) * perMs;
    live.push({ start: a, end: b, x0: x, x1: x + w });
    x += w;
    const hole = holes[i];
    if (hole) {
      breaks.push({ start: hole[0], end: hole[1], x0: x, x1: x + breakWidth });
      x += breakWidth;
    }
  });
  // One polylinear scale: live stretches and breaks alternate in its domain.
  const scale = scaleUtc()
    .domain(live.flatMap((s) => [s.start, s.end]))
    .range(live.flatMap((s) => [s.x0, s.x1]));

  return {
    x: (date) => scale(date),
    domain,
    live,
    breaks,
    ticks(minSpacing = 48, spacing = tickSpacing) {
      const all = live.flatMap((s, i) => {
        const count = Math.max(1, Math.floor((s.x1 - s.x0) / spacing));
        const own = scaleUtc().domain([s.start, s.end]).range([s.x0, s.x1]);
        // A tick on the edge of a break would stand beside the next stretch's first tick.
        return own.ticks(count)
          .filter((d) => (i < live.length - 1 ? d < s.end : d <= s.end))
          .map((date) => ({ date, x: own(date) }));
      });
      const kept: { date: Date; x: number }[] = [];
      for (const t of all) if (!kept.length || t.x - kept[kept.length - 1]!.x >= minSpacing) kept.push(t);
      return kept;
    },
  };
}
