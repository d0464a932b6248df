import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';

const cp1252 = (text: string) => Buffer.from(new Uint8Array([...text].map((ch) => ({ 'ø': 0xf8, 'Ø': 0xd8, 'æ': 0xe6, 'å': 0xe5, '€': 0x80, '–': 0x96 })[ch] ?? ch.charCodeAt(0))));

describe('decoding an imported file', () => {
  it('reads valid UTF-8 as UTF-8', () => {
    expect(decodeText(Buffer.from('18;Nordland;1804;Bodø\n', 'utf8'))).toEqual({ ok: true, text: '18;Nordland;1804;Bodø\n', encoding: 'UTF-8' });
  });

  it('drops the byte-order mark of UTF-8', () => {
    expect(decodeText(Buffer.from('\uFEFFslug;name\nbodo;Bodø\n', 'utf8'))).toEqual({ ok: true, text: 'slug;name\nbodo;Bodø\n', encoding: 'UTF-8' });
  });

  it("reads Excel's Windows-1252 CSV: Bodø stays Bodø, and € and – are its own characters", () => {
    const bytes = cp1252('slug;name\nbodo;Bodø – 100 €\n');
    expect(bytes.includes(0xf8)).toBe(true);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'slug;name\nbodo;Bodø – 100 €\n', encoding: 'Windows-1252' });
  });

  it("reads ISO-8859-1 (Bring's register) the same: its letters are Windows-1252's", () => {
    expect(decodeText(Buffer.from('9008\tTROMSØ\t5501\tTROMSØ\tG\r\n', 'latin1'))).toMatchObject({ ok: true, text: '9008\tTROMSØ\t5501\tTROMSØ\tG\r\n' });
  });

  it('refuses a file that holds the replacement character an earlier conversion left, naming the line', () => {
    // "Bod\uFFFD" saved as UTF-8 (bytes EF BF BD): valid UTF-8, but the letter is lost.
    const result = decodeText(Buffer.from('slug;name\nnarvik;Narvik\nbodo;Bod\uFFFD sanitetsforening\n', 'utf8'));
    expect(result).toEqual({ ok: false, problems: [expect.stringMatching(/^line 3, character 9: a replacement character \(U\+FFFD\)/)] });
  });

  it('refuses a broken byte sequence that neither encoding can read, naming the line', () => {
    // 0x81 is neither valid UTF-8 nor a character in Windows-1252; the EF BF BD on line 2 is U+FFFD in UTF-8.
    const bytes = Buffer.concat([Buffer.from('slug;name\nbodo;Bod'), Buffer.from([0xef, 0xbf, 0xbd]), Buffer.from('\ntromso;Troms'), Buffer.from([0x81]), Buffer.from('\n')]);
    const result = decodeText(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(/^line 2, character 9: a replacement character \(U\+FFFD\)/),
      expect.stringMatching(/^line 3, character 13: a byte that is no character in Windows-1252/),
    ]);
  });

  it('refuses a Windows-1252 file with a UTF-8 line in it, which would turn "ø" into "Ã¸"', () => {
    const bytes = Buffer.concat([cp1252('slug;name\nbodo;Bodø\n'), Buffer.from('tromso;Tromsø\n', 'utf8')]);
    expect(decodeText(bytes)).toEqual({ ok: false, problems: [expect.stringMatching(/^line 3: this line is UTF-8 but other lines are not/)] });
  });

  it('lists at most 20 unreadable lines and sums up the rest', () => {
    const result = decodeText(Buffer.from(Array.from({ length: 25 }, () => 'Bod\uFFFD').join('\n'), 'utf8'));
    expect(!result.ok && result.problems.length).toBe(21);
    expect(!result.ok && result.problems.at(-1)).toBe('and 5 more lines like these');
  });
});
