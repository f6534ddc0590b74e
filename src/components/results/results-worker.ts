/**
 * Reads a class's codes for <vp-results>, off the main thread. A worker for
 * the same reason as result-worker.ts: its bundle is built on its own, so
 * the decoder (result-code.ts, module-state.ts and what they import) is not
 * split into chunks shared with the quiz's script, and the results page
 * loads only its small element.
 *
 * Message in: { cat: catalogue JSON text, text: the pasted codes, link: the module link or '' }.
 * Message out: { problems, summary, rows, chart, moduleName?, moduleProblem? } (report.ts).
 */
import { barChart, problems, questionRows, summarise } from '../../lib/results/report';
import { decodeModule } from '../../lib/share/module-state';
import { aggregate, moduleKey } from '../../lib/share/result-code';

let cached: [string, ReturnType<typeof JSON.parse>] | undefined;

onmessage = ({ data }: MessageEvent<{ cat: string; text: string; link: string }>) => {
  if (cached?.[0] !== data.cat) cached = [data.cat, JSON.parse(data.cat)];
  const cat = cached[1];
  const lines = data.text.split('\n');
  const link = data.link.trim();
  const out: Record<string, unknown> = {};
  let key: string | undefined;
  if (link) {
    const m = decodeModule(link.slice(link.indexOf('#') + 1), cat);
    if (m.ok) {
      key = moduleKey(m.state);
      out.moduleName = m.state.name;
    } else out.moduleProblem = m.reason;
  }
  const agg = aggregate(lines, cat, key);
  const rows = questionRows(agg, cat);
  postMessage({ ...out, problems: problems(agg, lines), summary: summarise(agg), rows, chart: barChart(rows) });
};
