import { describe, expect, it } from 'vitest';
import { validateApplication, validateField } from './validate.js';
import { validApplication } from './fixtures.js';

describe('the application schema', () => {
  it('accepts a complete application and normalises it', () => {
    const result = validateApplication({
      ...validApplication(),
      firstName: '  Kari\u0301 ',
      phone: '0047 412 34 567',
      email: ' kari@example.no ',
      association: 'Narvik',
      motivation: undefined,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.firstName).toBe('Karí');
    expect(result.value.phone).toBe('+4741234567');
    expect(result.value.email).toBe('kari@example.no');
    expect(result.value.association).toBe('narvik');
    expect(result.value.motivation).toBe('');
    expect(result.value.language).toBe('nb');
  });

  it('accepts "no" answers: the soft rules are flagged later, never rejected', () => {
    const result = validateApplication({ ...validApplication(), age25OrOlder: false, canCommit: false, willShowPoliceCertificate: false });
    expect(result.ok).toBe(true);
  });

  it('reports the first problem of each field as a code', () => {
    const result = validateApplication({ ...validApplication(), email: 'not-an-email', firstName: '1234', phone: '12345', postalCode: '85 14', privacyAcknowledged: false });
    expect(result).toEqual({
      ok: false,
      notAnObject: false,
      fields: {
        email: 'invalid_email',
        firstName: 'needs_letter',
        phone: 'invalid_phone',
        postalCode: 'invalid_postal_code',
        privacyAcknowledged: 'must_acknowledge',
      },
    });
  });

  it('requires every yes/no answer', () => {
    const { canCommit: _omit, ...rest } = validApplication();
    const result = validateApplication(rest);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fields).toEqual({ canCommit: 'required' });
  });

  it('refuses control, bidi and zero-width characters in single-line fields', () => {
    for (const bad of ['Kari\u202E', 'Ka\u200Bri', 'Kari\u0000', 'Kari\nNordmann', 'Kari\uD800']) {
      const result = validateApplication({ ...validApplication(), lastName: bad });
      expect(result.ok, JSON.stringify(bad)).toBe(false);
      if (!result.ok) expect(result.fields.lastName).toBe('forbidden_characters');
    }
  });

  it('allows line breaks and emoji sequences in the motivation but not bidi overrides', () => {
    expect(validateApplication({ ...validApplication(), motivation: 'Hei\r\nJeg vil hjelpe 👩\u200D👧' }).ok).toBe(true);
    const bad = validateApplication({ ...validApplication(), motivation: 'abc\u202Edef' });
    expect(bad.ok).toBe(false);
  });

  it('enforces the length limits after trimming', () => {
    expect(validateApplication({ ...validApplication(), motivation: 'x'.repeat(1500) }).ok).toBe(true);
    const long = validateApplication({ ...validApplication(), motivation: 'x'.repeat(1501) });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.fields.motivation).toBe('too_long');
    expect(validateApplication({ ...validApplication(), firstName: ` ${'a'.repeat(100)} ` }).ok).toBe(true);
  });

  it('drops unknown keys and refuses what is not an object', () => {
    const result = validateApplication({ ...validApplication(), isAdmin: true });
    expect(result.ok && 'isAdmin' in result.value).toBe(false);
    const notObject = validateApplication([1, 2]);
    expect(notObject.ok).toBe(false);
    if (!notObject.ok) expect(notObject.notAnObject).toBe(true);
  });

  it('finding 13.5: refuses links, addresses and link-like text in names, and keeps real names', () => {
    for (const bad of [
      'VIKTIG: ny innlogging kreves på https://nav-login.example',
      'Kari https://x.example',
      'Kari www.example',
      'WWW.EXAMPLE',
      'kari@example.no',
      'nav-login.no',
      'Logg inn på Nav.No',
      'Kari ｗｗｗ．example',
      'Kari＠example',
      'Kari nav․no',
      'Kari 10.0.0.1',
      'Kari/Ola',
      'hxxp://evil',
    ]) {
      for (const field of ['firstName', 'lastName'] as const) {
        const result = validateApplication({ ...validApplication(), [field]: bad });
        expect(result.ok, `${field}: ${bad}`).toBe(false);
        if (!result.ok) expect(result.fields).toEqual({ [field]: 'contains_link' });
        expect(validateField(field, bad)).toBe('contains_link');
      }
    }
    for (const good of ['Åse', "O'Neil", 'O’Neil', 'Anne-Marit', 'Nguyễn', 'Nguyễn Thị Minh Khai', 'St. John', 'J. R. R.', 'Anne K. Hansen', 'Ørjan Ødegård', 'Ævar Þór', 'Zoë Saldaña-Nazario', 'محمد', '李小龙', 'María José']) {
      const result = validateApplication({ ...validApplication(), firstName: good, lastName: good });
      expect(result.ok, good).toBe(true);
    }
  });

  it('validates one field alone for validation on blur', () => {
    expect(validateField('postalCode', '8514')).toBeUndefined();
    expect(validateField('postalCode', '851')).toBe('invalid_postal_code');
    expect(validateField('email', '')).toBe('required');
  });
});
