/**
 * The Open Graph card (src/lib/og/): text drawn as paths from the bundled
 * font (no <text>, so no system font is needed), titles wrapped by measured
 * width, French punctuation kept with its word, and the same SVG every time;
 * and what the cards say (src/lib/og/words.ts, from src/i18n).
 */
import { describe, expect, it } from 'vitest';
import { loadOgFonts, measure, textPath, wrapText } from '../../src/lib/og/text';
import { OG_HEIGHT, OG_WIDTH, ogCardSvg } from '../../src/lib/og/card';
import { chapterCard, languageCard, siteCard, siteCardAlt, siteCardName } from '../../src/lib/og/words';

const { bold, regular } = loadOgFonts();
const card = { site: 'Visage public', kicker: 'Chapitre 3', title: 'Les gabarits biométriques', footer: 'L’affaire Clearview AI et le RGPD, pas à pas' };

describe('the card text', () => {
  it('measures wider text as wider, in proportion to the size', () => {
    expect(measure(bold, 'WWW', 40)).toBeGreaterThan(measure(bold, 'iii', 40));
    expect(measure(bold, 'Clearview', 80)).toBeCloseTo(2 * measure(bold, 'Clearview', 40), 6);
  });
  it('draws French letters and punctuation from the font, not as "?"', () => {
    const s = 'éèàçœ’«»—…Œ';
    expect(textPath(regular, s, 0, 0, 40).d).not.toBe(textPath(regular, '?'.repeat([...s].length), 0, 0, 40).d);
    expect(measure(regular, 'a\u202fb', 40)).toBeGreaterThan(measure(regular, 'ab', 40));
  });
  it('wraps at spaces within the width and never starts a line with a colon', () => {
    const lines = wrapText(bold, 'Après Clearview : le débat sur la reconnaissance faciale', 72, 600, 5);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) {
      expect(measure(bold, l, 72)).toBeLessThanOrEqual(600);
      expect(l).not.toMatch(/^[:;!?»]/);
    }
  });
  it('ends with an ellipsis when the text needs more lines than allowed', () => {
    const lines = wrapText(bold, 'one two three four five six seven eight nine ten', 72, 300, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });
});

describe('ogCardSvg', () => {
  it('is a 1200 × 630 SVG whose text is only paths', () => {
    const svg = ogCardSvg(card);
    expect(svg).toContain(`width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 1200 630"`);
    expect(svg).not.toMatch(/<text|font-family/);
  });
  it('is the same for the same card', () => {
    expect(ogCardSvg(card)).toBe(ogCardSvg({ ...card }));
  });
  it('uses a smaller title size for a longer title', () => {
    const size = (svg: string) => svg.length;
    expect(size(ogCardSvg({ ...card, title: 'Le RGPD' }))).toBeLessThan(size(ogCardSvg(card)));
  });
});

describe('the cards\' words', () => {
  it('give a chapter card the site name, the chapter number and the language\'s footer', () => {
    expect(chapterCard('fr', 3, 'Les gabarits biométriques')).toEqual(card);
    expect(chapterCard('en', 4, 'The GDPR')).toEqual({ site: 'Public Face', kicker: 'Chapter 4', title: 'The GDPR', footer: 'The Clearview AI case and the GDPR, step by step' });
  });
  it('give each language its own card', () => {
    expect(languageCard('en')).toEqual({ site: 'Public Face', kicker: 'An open, bilingual course', title: 'The Clearview AI case, web scraping and the GDPR', footer: 'Eight chapters, quizzes, a timeline and every source' });
  });
  it('compose the landing page\'s card and its alt text from both languages\' words', () => {
    expect(siteCard()).toEqual({ site: 'Visage public · Public Face', kicker: 'Français · English', title: 'L’affaire Clearview AI et le RGPD', footer: 'The Clearview AI case and the GDPR' });
    expect(siteCardName()).toBe('Visage public · Public Face');
    expect(siteCardAlt()).toBe('Visage public · Public Face — L’affaire Clearview AI et le RGPD · The Clearview AI case and the GDPR');
  });
});
