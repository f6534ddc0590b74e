/**
 * All content schemas, assembled. One schema per file beside this one; each
 * field is documented where it is declared.
 */
export { localized, localizedList, LOCALES, type Locale, type Localized } from './localized';
export { isoDate, isoDay, precisionOf, isCalendarDate, DATE_PRECISIONS, type DatePrecision } from './dates';
export { sourceSchema, SOURCE_KINDS, type Source } from './source';
export { eventSchema, EVENT_KINDS, JURISDICTION, type TimelineEvent } from './event';
export { glossarySchema, type GlossaryTerm } from './glossary';
export { quizSchema, questionSchema, type Quiz } from './quiz';
export { chapterSchema, CHAPTER_IDS, type ChapterId, type ChapterData } from './chapter';
export { pageSchema, PAGE_IDS } from './page';
export {
  finesFileSchema, fineSchema, exchangeRateSchema, omittedSchema, FINE_STATUSES, PAYMENT_STATES, SANCTIONS, FINED_PARTIES,
  type FinesFile, type FineEntry, type FineStatus, type PaymentState, type ExchangeRateEntry, type OmittedEntry,
} from './fine';
export {
  breachesFileSchema, breachSchema, BREACH_ARTICLES, BREACH_LAWS, BREACH_STANDING,
  type BreachesFile, type BreachEntry, type BreachArticle, type BreachStanding,
} from './breach';
export { correctionsSchema, correctionEntrySchema, CORRECTION_KINDS, type Corrections, type CorrectionEntry, type CorrectionKind } from './correction';
