/**
 * The type of the result codes' words (the student's <ResultCode>, the
 * teacher's results page). The words themselves are in
 * src/i18n/<locale>/results.json, read at build time with
 * `strings('results', lang)`; the ones the elements need reach them through
 * data-* attributes. This module holds no words and no values, so a browser
 * script may import its type.
 */
import type { Areas } from '../../i18n';
import type { ResultProblem } from '../../lib/share/result-code';
import type { ModuleProblem } from '../../lib/share/module-state';

export type ResultStrings = Areas['results'];

/** Fails `astro check` when a key of `K` has no words in `T`. */
type Covers<T extends Record<K, string>, K extends string> = T;
// Every reason a code or a module link can be refused has its sentence.
export type ReasonWords = Covers<ResultStrings['reasons'], ResultProblem | 'duplicate' | 'other-module'>;
export type ModuleReasonWords = Covers<ResultStrings['moduleReasons'], ModuleProblem>;
