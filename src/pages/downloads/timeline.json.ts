/** /downloads/timeline.json — every event, both languages, sources expanded. */
import type { APIRoute } from 'astro';
import { eventsSorted, sourcesById } from '../../lib/content';
import { timelineRows } from '../../lib/exports';

export const GET: APIRoute = async () => {
  const rows = timelineRows(await eventsSorted(), await sourcesById());
  return new Response(`${JSON.stringify({ events: rows }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
