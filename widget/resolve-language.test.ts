import { pageLanguage, resolveLanguage, toFormLanguage } from './resolve-language.js';
import { assertEqual, describe, it } from './test-helpers.js';

describe('resolveLanguage', () => {
  it('maps Norwegian and English tags to the form languages', () => {
    const cases: Array<[string, string]> = [
      ['no', 'nb'],
      ['nb', 'nb'],
      ['nb-NO', 'nb'],
      ['no-NO', 'nb'],
      ['NB_no', 'nb'],
      ['nn', 'nn'],
      ['nn-NO', 'nn'],
      ['en', 'en'],
      ['en-GB', 'en'],
      ['EN-us', 'en'],
      ['de', 'nb'],
      ['sv-SE', 'nb'],
      ['se', 'nb'],
    ];
    for (const [tag, expected] of cases) assertEqual(toFormLanguage(tag), expected, tag);
  });

  it('lets an explicit lang attribute win over the page', () => {
    assertEqual(resolveLanguage('en', 'nn-NO'), 'en');
    assertEqual(resolveLanguage('nn', 'en'), 'nn');
    assertEqual(resolveLanguage('de', 'nn'), 'nb', 'an explicit language the form lacks means Bokmål');
  });

  it("falls back to the page's html lang, then to Bokmål", () => {
    assertEqual(resolveLanguage(null, 'nn-NO'), 'nn');
    assertEqual(resolveLanguage('  ', 'en-GB'), 'en');
    assertEqual(resolveLanguage(null, ''), 'nb');
    assertEqual(resolveLanguage(undefined, null), 'nb');
    assertEqual(resolveLanguage(null, 'fr'), 'nb', 'no association default either');
  });
});

describe('resolveLanguage with the association’s default', () => {
  it('uses the association’s language only when neither the element nor the page names one the form has', () => {
    assertEqual(resolveLanguage(null, null, 'nn'), 'nn');
    assertEqual(resolveLanguage(null, 'de', 'en'), 'en', 'a page in German says nothing about the form');
    assertEqual(resolveLanguage(null, 'nb-NO', 'nn'), 'nb', "the page's language wins");
    assertEqual(resolveLanguage('de', null, 'nn'), 'nb', "the element's explicit language wins, even an unknown one");
  });

  it('knows which page languages the form has', () => {
    assertEqual(pageLanguage('no'), 'nb');
    assertEqual(pageLanguage('nn-NO'), 'nn');
    assertEqual(pageLanguage('en-US'), 'en');
    assertEqual(pageLanguage('sv'), undefined);
    assertEqual(pageLanguage(''), undefined);
  });
});
