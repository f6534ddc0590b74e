/**
 * formatShare: the "how many impostors get through" phrase of the threshold
 * explorer's sentence, in both languages (words from src/i18n/<locale>/biometrics.json). The bare reciprocal read "1 in 1.1
 * impostors" for large rates; these tests pin the phrasing on each side of
 * every boundary (0, tiny rates, 1 in 10, 1 in 2, about 9 in 10, 95 %, 100 %),
 * and check that every threshold the slider can reach gives a natural phrase.
 */
import { describe, expect, it } from 'vitest';
import { formatPercent, formatShare as format } from '../../src/lib/biometrics/bio-format';
import { fmr } from '../../src/lib/biometrics/errors';
import { intlLocale, strings } from '../../src/i18n';

const en = strings('ui', 'en');
const fr = strings('ui', 'fr');
/** formatShare as the threshold explorer calls it: the page's Intl locale and its biometrics.json words. */
const formatShare = (rate: number, lang: 'fr' | 'en') => format(rate, intlLocale[lang], strings('biometrics', lang).share);

/** Intl's French uses narrow no-break spaces; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatShare', () => {
  const cases: [number, string, string][] = [
    [0, 'no', 'aucun'],
    [1e-12, '1 in 1 trillion', '1 sur 1 billion'],
    [8e-11, '1 in 13 billion', '1 sur 13 milliards'],
    [1e-6, '1 in 1 million', '1 sur 1 million'],
    [2.5e-6, '1 in 400,000', '1 sur 400 000'],
    [1e-3, '1 in 1,000', '1 sur 1 000'],
    [0.0123, '1 in 81', '1 sur 81'],
    [0.1, '1 in 10', '1 sur 10'],
    [0.12, 'about 1 in 10', 'environ 1 sur 10'],
    [0.3, '3 in 10', '3 sur 10'],
    [0.5, '1 in 2', '1 sur 2'],
    [0.47, 'about 1 in 2', 'environ 1 sur 2'],
    [0.867, 'about 9 in 10', 'environ 9 sur 10'],
    [0.91, 'about 9 in 10', 'environ 9 sur 10'],
    [0.9, '9 in 10', '9 sur 10'],
    [0.949, 'about 9 in 10', 'environ 9 sur 10'],
    [0.95, 'almost all', 'presque tous'],
    [0.9999, 'almost all', 'presque tous'],
    [1, 'all', 'tous'],
  ];
  it.each(cases)('reads rate %d as "%s" / "%s"', (rate, english, french) => {
    expect(formatShare(rate, 'en')).toBe(english);
    expect(plain(formatShare(rate, 'fr'))).toBe(french);
  });

  /** The number after "1 in" / "1 sur" when it has no word after it (else NaN): 1,000 → 1000. */
  const odds = (phrase: string) => {
    const m = plain(phrase).match(/^1 (?:in|sur) ([\d ,.]+)$/);
    return m ? Number(m[1]!.replace(/[ ,]/g, '')) : NaN;
  };

  it('never gives a reciprocal below 10 ("1 in 1.1"), except "1 in 2", at any rate', () => {
    for (let i = 0; i <= 1000; i++) {
      for (const lang of ['en', 'fr'] as const) {
        const phrase = formatShare(i / 1000, lang);
        const n = odds(phrase);
        if (!Number.isNaN(n)) expect(n === 2 || (n >= 10 && Number.isInteger(n)), phrase).toBe(true);
      }
    }
  });

  it('reads without a decimal odd across the slider (thresholds 0.20–0.95)', () => {
    for (let t = 0.2; t <= 0.95 + 1e-9; t += 0.01) {
      for (const lang of ['en', 'fr'] as const) {
        const phrase = formatShare(fmr(t), lang);
        const n = odds(phrase);
        if (!Number.isNaN(n)) expect(n === 2 || (n >= 10 && Number.isInteger(n)), phrase).toBe(true);
        // Millions and up are written in words, where a decimal is natural ("1 in 1.3 billion").
        if (fmr(t) < 1e-6) expect(phrase).toMatch(/million|billion|milliard|trillion/);
      }
    }
    expect(formatShare(fmr(0.2), 'en')).toBe('about 9 in 10');
    expect(formatShare(fmr(0.62), 'en')).toBe('1 in 1,000');
  });

  it('fits the state sentence in both languages', () => {
    const fill = (s: string, v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? `{${k}}`);
    const vars = (lang: 'en' | 'fr', rate: number) => ({ t: '0.20', odds: formatShare(rate, lang), fmr: formatPercent(rate, intlLocale[lang]), fnmr: '0%' });
    expect(fill(en['bio.threshold.state'], vars('en', 0.867))).toBe('At threshold 0.20: about 9 in 10 impostors accepted (FMR 86.7%), 0% of genuine pairs rejected (FNMR).');
    expect(fill(en['bio.threshold.state'], vars('en', 0))).toContain(': no impostors accepted');
    expect(plain(fill(fr['bio.threshold.state'], vars('fr', 1e-3)))).toContain('imposteurs acceptés, 1 sur 1 000 (FMR 0,1 %)');
    expect(plain(fill(fr['bio.threshold.state'], vars('fr', 1)))).toContain('imposteurs acceptés, tous (FMR > 99,9 %)');
  });
});

describe('formatPercent at the boundaries', () => {
  it('reads 0 %, 10 %, 50 %, 91 % and never 100 %', () => {
    expect(formatPercent(0, intlLocale.en)).toBe('0%');
    expect(formatPercent(0.1, intlLocale.en)).toBe('10%');
    expect(formatPercent(0.5, intlLocale.en)).toBe('50%');
    expect(plain(formatPercent(0.91, intlLocale.fr))).toBe('91 %');
    expect(formatPercent(1, intlLocale.en)).toBe('> 99.9%');
    expect(formatPercent(1e-6, intlLocale.en)).toBe('0.0001%');
  });
});
