import { describe, expect, it } from 'vitest';
import { parseAssociationFile } from './association-file.js';

describe('association import files', () => {
  it('reads a JSON list with every field', () => {
    const json = JSON.stringify([
      {
        slug: 'narvik',
        name: 'Narvik sanitetsforening',
        contactEmail: 'post@narvik.example',
        contactPhone: '76 00 00 00',
        defaultLanguage: 'nb',
        active: true,
        kommuner: ['1806', '1853'],
        postalRanges: ['8500-8519', '8530'],
        allowedOrigins: ['https://www.Narvik-Sanitet.no/'],
        settings: { minimumAge: 23, fullDetailsInNotice: true },
        coordinators: [{ name: 'Kari', email: 'kari@narvik.example' }],
      },
    ]);
    expect(parseAssociationFile(json, 'a.json')).toEqual({
      ok: true,
      associations: [
        {
          slug: 'narvik',
          name: 'Narvik sanitetsforening',
          contactEmail: 'post@narvik.example',
          contactPhone: '76 00 00 00',
          defaultLanguage: 'nb',
          active: true,
          kommuner: ['1806', '1853'],
          postalRanges: [
            { from: '8500', to: '8519' },
            { from: '8530', to: '8530' },
          ],
          allowedOrigins: ['https://www.narvik-sanitet.no'],
          settings: { minimumAge: 23, fullDetailsInNotice: true },
          coordinators: [{ name: 'Kari', email: 'kari@narvik.example' }],
        },
      ],
    });
  });

  it("reads the seed file's shape, making its national entry the national contact", () => {
    const parsed = parseAssociationFile(
      JSON.stringify({ national: { slug: 'nasjonal', name: 'N.K.S.', contactEmail: 'n@nks.example' }, associations: [{ slug: 'tromso', kommuner: ['5501'] }] }),
      'seed.json',
    );
    expect(parsed.ok && parsed.associations.map((a) => [a.slug, a.kind])).toEqual([
      ['nasjonal', 'national'],
      ['tromso', undefined],
    ]);
  });

  it('reads CSV columns named like the admin options; an empty cell keeps the stored value', () => {
    const csv = [
      'slug;name;email;kommuner;postal_ranges;origins;lang;active;minimum-age;full-details;coordinators',
      'narvik;Narvik sanitetsforening;post@narvik.example;1806 1853;8500-8519;https://narvik.example;nn;nei;23;ja;"Kari N <kari@narvik.example>; Ola <ola@narvik.example>"',
      'tromso;;;5501;;;;;;;',
    ].join('\n');
    expect(parseAssociationFile(csv, 'associations.csv')).toEqual({
      ok: true,
      associations: [
        {
          slug: 'narvik',
          name: 'Narvik sanitetsforening',
          contactEmail: 'post@narvik.example',
          kommuner: ['1806', '1853'],
          postalRanges: [{ from: '8500', to: '8519' }],
          allowedOrigins: ['https://narvik.example'],
          defaultLanguage: 'nn',
          active: false,
          settings: { minimumAge: 23, fullDetailsInNotice: true },
          coordinators: [
            { name: 'Kari N', email: 'kari@narvik.example' },
            { name: 'Ola', email: 'ola@narvik.example' },
          ],
        },
        { slug: 'tromso', kommuner: ['5501'] },
      ],
    });
  });

  it('lists every problem with its line and the column name', () => {
    const csv = ['slug,email,kommuner,postal-ranges,coordinators', 'narvik,not-an-email,18O6,8519-8500,', 'Bad Slug,a@b.no,,,Kari', 'narvik,,,,'].join('\n');
    expect(parseAssociationFile(csv, 'x.csv')).toEqual({
      ok: false,
      problems: [
        'line 2 (narvik): email must be an email address (got "not-an-email")',
        'line 2 (narvik): kommuner must be a 4-digit kommunenummer, e.g. 1806 (got "18O6")',
        'line 2 (narvik): postal-ranges must be a postal code or a range of them, e.g. 8514 or 8500-8519 (got "8519-8500")',
        'line 3: coordinators: write each as "Name <email>", separated by semicolons (got "Kari")',
        'line 3 (Bad Slug): slug must be lower-case letters a-z, digits and hyphens, e.g. "narvik" (got "Bad Slug")',
      ],
    });
  });

  it('refuses unknown columns and fields instead of ignoring a typo', () => {
    expect(parseAssociationFile('slug,epost\nnarvik,a@b.no\n', 'x.csv')).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^unknown column\(s\) "epost"; the columns are: slug, name, email/)],
    });
    expect(parseAssociationFile('[{"slug":"narvik","contactemail":"a@b.no"}]', 'x.json')).toEqual({ ok: false, problems: ['item 1 (narvik): unknown field "contactemail"'] });
  });

  it('refuses a slug twice, broken JSON and an empty file', () => {
    expect(parseAssociationFile('[{"slug":"a"},{"slug":"a"}]', 'x.json')).toEqual({ ok: false, problems: ['the slug "a" appears more than once'] });
    expect(parseAssociationFile('[{"slug":', 'x.json')).toEqual({ ok: false, problems: [expect.stringMatching(/^the file is not valid JSON/)] });
    expect(parseAssociationFile('slug,name\n', 'x.csv')).toEqual({ ok: false, problems: ['the file has no associations'] });
  });
});
