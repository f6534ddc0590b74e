/**
 * A quiz store that keeps progress for the page's life only, with a hook on
 * every save: what a packaged chapter's SCORM bridge hands to its <vp-quiz>
 * (src/lib/scorm/bridge.ts: filled from cmi.suspend_data, written back to it
 * on each save), so the quiz never touches localStorage there. Same shape as
 * progress.ts's openStore(), so <vp-quiz> cannot tell them apart.
 *
 *   const store = memoryStore(emptyProgress(), (chapter, quiz) => send(quiz));
 *   quizElement.store = store; // before <vp-quiz> upgrades
 */
import { emptyProgress, type QuizProgress, type Store } from './progress';

/**
 * A store in memory; `onSave` hears every save. `persistent` is true: the
 * page itself says where progress goes, so the quiz's "will be forgotten"
 * notice does not apply.
 *
 * @example memoryStore().saveQuiz('gdpr', quiz) // progress.quizzes.gdpr === quiz
 */
export function memoryStore(initial = emptyProgress(), onSave?: (chapter: string, quiz: QuizProgress) => void): Store {
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
