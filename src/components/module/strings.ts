/**
 * The module builder's, the module page's and the module sheets' words live
 * in src/i18n/<locale>/module.json (flat dotted keys: `builder.*`, `type.*`,
 * `module.*`, `sheet.*`, `gift.*`), read at build time with
 * `strings('module', lang)`. This module holds no words: only their type and
 * the data-* attributes through which <vp-module> gets the ones it needs.
 *
 *   const s = strings('module', lang);
 *   fill(s['module.summary'], { chapters: '2 chapitres', questions: '9 questions' })
 */
import type { Areas } from '../../i18n';

export type ModuleStrings = Areas['module'];
export type ModuleKey = keyof ModuleStrings;

/** The data-* messages <vp-module> reads on the module page and on its sheets (vp-module.ts). */
export const moduleMessages = (s: ModuleStrings) => ({
  'data-summary': s['module.summary'],
  'data-chapters-one': s['module.chapters.one'],
  'data-chapters-other': s['module.chapters.other'],
  'data-questions-one': s['module.questions.one'],
  'data-questions-other': s['module.questions.other'],
  'data-sep': s['module.sep'],
  'data-checksum': s['module.bad.checksum'],
  'data-malformed': s['module.bad.malformed'],
  'data-stale': s['module.bad.stale'],
  'data-version': s['module.bad.version'],
});
