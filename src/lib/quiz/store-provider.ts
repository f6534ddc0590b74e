/**
 * Where a <vp-quiz> keeps its progress, chosen by its data-save attribute:
 * absent, a chapter page: this browser's localStorage (progress.ts); "off",
 * the module page: read from localStorage but never written (vp-quiz's own
 * rule); "scorm", a packaged chapter in an LMS: a store that another script
 * registers first (the SCORM bridge: resume from cmi.suspend_data, save back
 * to it), never localStorage. A quiz asks once, when it connects, so the
 * provider must be registered before the quiz's element is defined (the
 * launch page imports vp-scorm.ts before vp-quiz.ts).
 *
 *   provideStore('scorm', () => bridge.store);  // vp-scorm.ts
 *   const store = storeFor(this.dataset.save);  // vp-quiz.ts
 */
import { emptyProgress, openStore, type Store } from './progress';

const providers = new Map<string, () => Store>();

/** Registers the store of quizzes whose data-save is `mode`. */
export function provideStore(mode: string, factory: () => Store): void {
  providers.set(mode, factory);
}

/**
 * The store for a quiz's data-save value. A "scorm" quiz without a provider
 * (a launch page whose bridge did not load) keeps its progress in memory.
 *
 * @example storeFor(undefined) // the localStorage store, as on every chapter page
 */
export function storeFor(mode: string | undefined): Store {
  const provided = mode === undefined ? undefined : providers.get(mode);
  if (provided) return provided();
  return mode === 'scorm' ? memoryStore() : openStore(() => localStorage);
}

/** A store that keeps progress for this page's life only; `onSave` hears every save. */
export function memoryStore(initial = emptyProgress(), onSave?: (chapter: string, quiz: Store['progress']['quizzes'][string]) => void): Store {
  let progress = initial;
  return {
    get progress() {
      return progress;
    },
    problem: undefined,
    persistent: true,
    saveQuiz(chapter, quiz) {
      progress = { ...progress, quizzes: { ...progress.quizzes, [chapter]: quiz } };
      onSave?.(chapter, quiz);
    },
  };
}
