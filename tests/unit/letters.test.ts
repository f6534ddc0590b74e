/**
 * The request letters (src/lib/letters/letter.ts): for each right and each
 * letter language, the right articles and deadlines are there, the names
 * are filled, optional lines vanish when empty, the text is the same for a
 * fixed date, and what a reader types is kept as data, never as template.
 */
import { describe, expect, it } from 'vitest';
import { RIGHTS, WORDING, letterDate, letterFileName, letterTemplate, letterText, type LetterInput, type LetterLang, type Right } from '../../src/lib/letters/letter';
import { strings, type RealLocale } from '../../src/i18n';

const LANGS: RealLocale[] = ['en', 'fr'];
const base = (right: Right, letterLang: LetterLang, extra: Partial<LetterInput> = {}): LetterInput => ({
  right, letterLang, date: '2026-11-26',
  controller: { name: 'Example Faces Inc.', address: '1 Example Street\nSpringfield', email: 'privacy@faces.example' },
  requester: { name: 'Ada Martin', address: '2 rue de l’Exemple\n75001 Paris', email: 'ada@mail.example' },
  ...extra,
});

/** The article references every letter must carry, per language (official citation style). */
const common = {
  en: ['Article 12(3)', 'one month', 'two further months', 'Article 12(5)', 'free of charge', 'Article 12(6)', 'Article 77', 'CNIL'],
  fr: ['article 12, paragraphe 3', 'un mois', 'deux mois', 'article 12, paragraphe 5', 'gratuite', 'article 12, paragraphe 6', 'article 77', 'CNIL'],
};
const perRight: Record<RealLocale, Record<Right, string[]>> = {
  en: {
    access: ['Article 15', 'Article 15(3)', 'Article 15(1)(a)', 'Article 15(1)(c)', 'Article 15(1)(d)', 'Article 15(1)(g)', 'any available information as to their source', 'Article 15(1)(h)', 'automated decision-making'],
    erasure: ['Article 17', 'Article 17(1)', 'point (a)', 'point (c)', 'point (d)', 'Article 21(1)', 'Article 19'],
    objection: ['Article 21(1)', 'Article 6(1)(f)', 'legitimate interests', 'compelling legitimate grounds', 'Article 18(1)(d)', 'Article 17(1)(c)'],
  },
  fr: {
    access: ['article 15', 'article 15, paragraphe 3', 'point a))', 'point c))', 'point d))', 'point g))', 'toute information disponible sur leur source', 'point h))', 'prise de décision automatisée'],
    erasure: ['article 17', 'article 17, paragraphe 1', 'point a))', 'point c))', 'point d))', 'article 21, paragraphe 1', 'article 19'],
    objection: ['article 21, paragraphe 1', 'article 6, paragraphe 1, point f)', 'intérêt légitime', 'motifs légitimes et impérieux', 'article 18, paragraphe 1, point d))', 'article 17, paragraphe 1, point c))'],
  },
};

describe('letterText', () => {
  for (const lang of LANGS) {
    for (const right of RIGHTS) {
      describe(`the ${right} letter in ${lang}`, () => {
        const text = letterText(base(right, lang));
        it('cites the articles of its right', () => {
          for (const ref of perRight[lang][right]) expect(text, ref).toContain(ref);
        });
        it('carries the deadline, the free of charge rule, the identity rule and the complaint', () => {
          for (const ref of common[lang]) expect(text, ref).toContain(ref);
        });
        it('states its subject and its right’s article in the subject line', () => {
          expect(text).toContain(WORDING[lang].subject[right]);
        });
        it('fills the names, addresses and emails of both sides, the reader’s name twice', () => {
          for (const s of ['Example Faces Inc.', '1 Example Street\nSpringfield', 'privacy@faces.example', '2 rue de l’Exemple\n75001 Paris', 'ada@mail.example']) expect(text).toContain(s);
          expect(text.split('Ada Martin')).toHaveLength(3);
          expect(text.trimEnd().endsWith('Ada Martin')).toBe(true);
        });
        it('is dated in words in its own language', () => {
          expect(text).toContain(lang === 'fr' ? 'Le 26 novembre 2026' : '26 November 2026');
        });
        it('does not send an identity document, and offers more information only if asked', () => {
          expect(text).toContain(WORDING[lang].identity);
        });
        it('is the same text for the same input and date', () => {
          expect(letterText(base(right, lang))).toBe(text);
        });
        it('leaves out the optional paragraphs unless asked', () => {
          expect(text).not.toContain('Article 3(2)');
          expect(text).not.toContain('article 3, paragraphe 2');
          expect(text).not.toContain(WORDING[lang].photo);
          expect(text).not.toContain(WORDING[lang].details);
          expect(text).not.toContain(WORDING[lang].images);
        });
        it('adds Article 3(2) and the Article 27 representative for an organisation outside the EU', () => {
          const t = letterText(base(right, lang, { nonEu: true }));
          expect(t).toContain(lang === 'fr' ? 'article 3, paragraphe 2' : 'Article 3(2)');
          expect(t).toContain(lang === 'fr' ? 'article 27' : 'Article 27');
        });
        it('mentions photos and offers one for a face search only when asked', () => {
          const t = letterText(base(right, lang, { photo: true }));
          expect(t).toContain(WORDING[lang].photo);
          expect(t).toContain(WORDING[lang].images);
        });
        it('is plain text: no markup, no unfilled slot', () => {
          expect(text).not.toMatch(/[<>{}]/);
        });
      });
    }
  }

  it('omits empty optional lines and shows a blank for a missing name', () => {
    const t = letterText({ right: 'access', letterLang: 'en', date: '2026-11-26', controller: { name: '' }, requester: { name: '  ', address: '', email: '' } });
    expect(t.startsWith('[your name]\n\n[name of the organisation]\n\n26 November 2026\n\n')).toBe(true);
    expect(t).not.toContain(WORDING.en.reply);
    expect(t).not.toMatch(/\n{3}/);
    expect(t.trimEnd().endsWith('[your name]')).toBe(true);
  });

  it('asks for the answer at the reader’s address only when one is given', () => {
    const withEmail = letterText({ ...base('erasure', 'fr'), requester: { name: 'A', email: 'a@b.example' } });
    expect(withEmail).toContain(WORDING.fr.reply);
  });

  it('treats what is typed as data: slots, replacement patterns and markup stay literal', () => {
    const hostile = '{controller} {images} $& $1 $` <script>alert(1)</script> "><img src=x onerror=alert(1)>';
    const t = letterText(base('objection', 'en', { details: hostile, controller: { name: hostile }, requester: { name: '{requester}' } }));
    expect(t).toContain(`${WORDING.en.details}\n${hostile}`);
    expect(t).toContain(`\n\n${hostile}\n`);
    expect(t.trimEnd().endsWith('{requester}')).toBe(true);
    expect(t).not.toContain(WORDING.en.images);
  });

  it('keeps right-to-left text and long text whole, and normalises line breaks', () => {
    const rtl = 'محمد عبد الله — שלום עולם';
    const long = 'x'.repeat(10_000);
    const t = letterText(base('access', 'fr', { requester: { name: rtl, address: 'a\r\nb\rc' }, details: long }));
    expect(t).toContain(rtl);
    expect(t).toContain(long);
    expect(t).toContain('a\nb\nc');
    expect(t).not.toContain('\r');
  });

  it('writes the date of the day given, whatever the time zone', () => {
    expect(letterDate('2026-01-01', 'en')).toBe('1 January 2026');
    expect(letterDate('2026-12-31', 'fr')).toBe('31 décembre 2026');
    expect(letterDate('2026-03-29T00:30:00Z', 'fr')).toBe('29 mars 2026');
  });

  it('names the download after the right, the letter’s language and the date', () => {
    expect(letterFileName('access', 'en', '2026-11-26')).toBe('request-access-2026-11-26.txt');
    expect(letterFileName('erasure', 'fr', '2026-11-26T10:00:00Z')).toBe('demande-effacement-2026-11-26.txt');
  });
});

describe('letterTemplate (no JavaScript)', () => {
  for (const lang of LANGS) {
    for (const right of RIGHTS) {
      it(`the ${right} template in ${lang} has blanks, the optional paragraphs marked, and the same legal content`, () => {
        const t = letterTemplate(right, lang);
        const b = WORDING[lang].blank;
        for (const blank of [b.requester, b.controller, b.address, b.email, b.date, b.details]) expect(t).toContain(blank);
        expect(t).toContain(b.ifPhoto + WORDING[lang].photo);
        expect(t).toContain(b.ifNonEu + WORDING[lang].nonEu);
        for (const ref of [...perRight[lang][right], ...common[lang]]) expect(t, ref).toContain(ref);
        // Generic: images of the face-search option are not claimed.
        expect(t).not.toContain(WORDING[lang].images);
      });
    }
  }
});

describe('wording', () => {
  it('French and English letters and form strings have the same keys', () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v).map((x) => `${k}.${x}`) : [k])).sort();
    expect(keys(WORDING.fr)).toEqual(keys(WORDING.en));
    expect(keys(strings('letter', 'fr'))).toEqual(keys(strings('letter', 'en')));
    expect(WORDING.fr.access.items).toHaveLength(WORDING.en.access.items.length);
    expect(WORDING.fr.erasure.items).toHaveLength(WORDING.en.erasure.items.length);
  });
  it('French uses a no-break space before : ; ? ! and inside « »', () => {
    const all = JSON.stringify([WORDING.fr, strings('letter', 'fr')]);
    expect(all).not.toMatch(/ [:;?!»]/);
    expect(all).not.toMatch(/« /);
    expect(all).not.toMatch(/'/);
  });
});
