import { describe, expect, it } from 'vitest';
import { layoutFines, orderFines, type FineBarDatum } from '../../src/lib/charts/fines-layout';
import { layoutClaims, orderClaims, periodMidpoint, type ClaimDatum } from '../../src/lib/charts/claims-layout';

const fines: FineBarDatum[] = [
  { id: 'sweden', euros: 248_016, date: '2021-02-10', status: 'annulled' },
  { id: 'france', euros: 20_000_000, date: '2022-10-17', status: 'final' },
  { id: 'italy', euros: 20_000_000, date: '2022-02-10', status: 'final' },
  { id: 'netherlands', euros: 30_500_000, date: '2024-05-16', status: 'final' },
  { id: 'uk', euros: 8_908_390, date: '2022-05-23', status: 'under-appeal' },
];

describe('layoutFines', () => {
  const g = layoutFines(fines);

  it('orders bars from the largest, equal amounts oldest first', () => {
    expect(g.rows.map((r) => r.id)).toEqual(['netherlands', 'italy', 'france', 'uk', 'sweden']);
  });

  it('does not depend on the order of its input', () => {
    expect(layoutFines([...fines].reverse())).toEqual(g);
    expect(orderFines(fines).map((d) => d.id)).toEqual(g.rows.map((r) => r.id));
  });

  it('makes bar lengths proportional to the euro amounts, from the same origin', () => {
    const pxPerEuro = (g.plot.right - g.plot.left) / 35_000_000;
    // Widths are rounded to 0.1 unit for a short SVG; proportional within that.
    for (const r of g.rows) expect(Math.abs(r.bar.width - r.datum.euros * pxPerEuro), r.id).toBeLessThanOrEqual(0.05);
    for (const r of g.rows) expect(r.bar.x).toBe(g.plot.left);
    expect(g.rows.find((r) => r.id === 'italy')!.bar.width).toBe(g.rows.find((r) => r.id === 'france')!.bar.width);
  });

  it('fits the largest bar inside the plot, on a domain that ends one round step past it', () => {
    const largest = g.rows[0]!;
    expect(largest.bar.x + largest.bar.width).toBeLessThanOrEqual(g.plot.right);
    // 30.5 M on a [0, 35 M] axis: the bar fills 30.5 / 35 of the plot.
    expect(largest.bar.width / (g.plot.right - g.plot.left)).toBeCloseTo(30.5 / 35, 2);
  });

  it('draws round ticks from zero, inside the plot, with end labels kept inside', () => {
    expect(g.ticks.map((t) => t.value)).toEqual([0, 10_000_000, 20_000_000, 30_000_000]);
    expect(g.ticks[0]).toMatchObject({ x: g.plot.left, anchor: 'start' });
    for (const t of g.ticks) {
      expect(t.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(t.x).toBeLessThanOrEqual(g.plot.right);
    }
    const xs = g.ticks.map((t) => t.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('stacks rows without overlap: label above the bar, detail line below', () => {
    g.rows.forEach((r, i) => {
      expect(r.labelY).toBeLessThan(r.bar.y);
      expect(r.detailY).toBeGreaterThan(r.bar.y + r.bar.height);
      expect(r.swatch.y).toBeGreaterThanOrEqual(r.bar.y + r.bar.height);
      if (i > 0) expect(r.y).toBeGreaterThan(g.rows[i - 1]!.detailY);
    });
    expect(g.height).toBeGreaterThan(g.rows.at(-1)!.detailY);
  });

  it('takes its size from the options', () => {
    const wide = layoutFines(fines, { width: 640, rowHeight: 80 });
    expect(wide.width).toBe(640);
    expect(wide.rows[1]!.y - wide.rows[0]!.y).toBe(80);
  });

  it('draws nothing but an axis for no data', () => {
    const empty = layoutFines([]);
    expect(empty.rows).toEqual([]);
    expect(empty.ticks[0]!.value).toBe(0);
  });
});

const claims: ClaimDatum[] = [
  { id: 'sixty', date: '2025-10-28', images: 60e9, moreThan: true },
  { id: 'three', date: '2020-01-18', images: 3e9, moreThan: true },
  { id: 'ten', date: '2021-10', images: 10e9, moreThan: true },
  { id: 'twenty', date: '2022-05-23', images: 20e9, moreThan: true },
  { id: 'thirty', date: '2023-03', images: 30e9, moreThan: false },
  { id: 'fifty', date: '2024-09-03', images: 50e9, moreThan: true },
];

describe('periodMidpoint', () => {
  it('places a day at its noon, a month and a year at their middle', () => {
    expect(new Date(periodMidpoint('2020-01-18')).toISOString()).toBe('2020-01-18T12:00:00.000Z');
    expect(new Date(periodMidpoint('2023-03')).toISOString()).toBe('2023-03-16T12:00:00.000Z');
    expect(new Date(periodMidpoint('2021')).toISOString()).toBe('2021-07-02T12:00:00.000Z');
  });
  it('refuses what is not an ISO date', () => expect(() => periodMidpoint('March 2023')).toThrow(RangeError));
});

describe('layoutClaims', () => {
  const g = layoutClaims(claims);

  it('orders points by date and moves right as time passes', () => {
    expect(g.points.map((p) => p.id)).toEqual(['three', 'ten', 'twenty', 'thirty', 'fifty', 'sixty']);
    expect(orderClaims(claims).map((c) => c.id)).toEqual(g.points.map((p) => p.id));
    const xs = g.points.map((p) => p.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('puts a bigger claim higher, on a linear axis from zero', () => {
    const zero = g.yTicks.find((t) => t.value === 0)!;
    expect(zero.y).toBe(g.plot.bottom);
    const top = g.points.at(-1)!;
    const ten = g.points[1]!;
    expect((zero.y - top.y) / (zero.y - ten.y)).toBeCloseTo(6, 1);
  });

  it('has ticks every 10 billion up to 60 and one a year from 2020 to 2026', () => {
    expect(g.yTicks.map((t) => t.value / 1e9)).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(g.xTicks.map((t) => t.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(g.xTicks[0]!.x).toBe(g.plot.left);
    expect(g.xTicks.at(-1)!.x).toBe(g.plot.right);
  });

  it('shows every other year when the plot is narrow', () => {
    expect(layoutClaims(claims, { width: 280 }).xTicks.map((t) => t.year)).toEqual([2020, 2022, 2024, 2026]);
  });

  it('joins the points with a step line that starts at the first claim', () => {
    const [first, second] = g.points;
    expect(g.step.startsWith(`M${first!.x},${first!.y}H${second!.x}V${second!.y}`)).toBe(true);
    expect(g.step.match(/H/g)).toHaveLength(claims.length - 1);
  });

  it('puts labels above and left of their point, clear of the step line, except at the left edge', () => {
    expect(g.points[0]!.label.anchor).toBe('start');
    for (const p of g.points.slice(1)) {
      expect(p.label.anchor).toBe('end');
      expect(p.label.x).toBeLessThan(p.x);
    }
    for (const p of g.points) expect(p.label.y).toBeLessThan(p.y);
  });

  it('needs at least one claim', () => expect(() => layoutClaims([])).toThrow(RangeError));
});
