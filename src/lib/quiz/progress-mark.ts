/**
 * The read marker's one write to the stored progress ("vp-progress", shape
 * in progress.ts), as a pure function over the stored TEXT:
 *
 *   const next = mark(localStorage.getItem('vp-progress'), 'gdpr', 'lawful-basis');
 *   if (next) localStorage.setItem('vp-progress', next);
 *
 * Why not openStore(): its validator is most of the quiz's progress chunk,
 * and a chapter page has a tight budget. This only checks that the record is
 * a version-1 progress to add to; anything else (broken or foreign data)
 * gives null and is left alone, for the quiz or the progress page to report
 * and reset, rather than being silently overwritten here.
 */
import type { Progress } from './progress';

/**
 * Notes that the reader is in `chapter` now: at heading `section`, at the
 * top (`null`), or, with `section` undefined, wherever they were last in
 * this chapter (arriving on a page is not yet scrolling anywhere). `read`
 * also marks the chapter read (once). The chapter is "seen" now.
 *
 * @example
 *   mark(null, 'gdpr', 'lawful-basis', false, now)
 *   // '{"v":1,"quizzes":{},"read":[],"last":{"chapter":"gdpr","section":"lawful-basis","at":"…"},"seen":{"gdpr":"…"}}'
 *   mark('{oops', 'gdpr') // null
 */
export function mark(raw: string | null, chapter: string, section?: string | null, read?: boolean, now = new Date()): string | null {
  let p: Progress;
  try {
    p = raw === null ? { v: 1, quizzes: {}, read: [] } : JSON.parse(raw);
  } catch {
    return null;
  }
  if (p?.v !== 1 || !Array.isArray(p.read) || !p.quizzes || typeof p.quizzes != 'object') return null;
  const at = now.toISOString();
  const s = section === undefined && p.last?.chapter === chapter ? p.last.section : section;
  p.last = s ? { chapter, section: s, at } : { chapter, at };
  p.seen = { ...p.seen, [chapter]: at };
  if (read && !p.read.includes(chapter)) p.read.push(chapter);
  return JSON.stringify(p);
}
