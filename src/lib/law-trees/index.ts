/**
 * The pure logic of the GDPR decision trees of chapter 4. The trees
 * themselves are content (content/law-trees/<id>.yaml, read by
 * src/components/law/LawTree.astro); their interface words are in
 * src/i18n/<locale>/law.json.
 */
export * from './types';
export * from './traverse';
