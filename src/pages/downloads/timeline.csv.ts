/** /downloads/timeline.csv — the same rows as timeline.json, one per event. */
import type { APIRoute } from 'astro';
import { eventsSorted, sourcesById } from '../../lib/content';
import { timelineCsv, timelineRows } from '../../lib/exports';

export const GET: APIRoute = async () => {
  const rows = timelineRows(await eventsSorted(), await sourcesById());
  return new Response(timelineCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
