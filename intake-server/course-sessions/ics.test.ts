import { describe, expect, it } from 'vitest';
import { calendarFile, escapeText, foldLine } from './ics.js';

describe('the calendar file', () => {
  const file = calendarFile({
    uid: 'b1@ressursvenn',
    stamp: new Date('2026-11-27T10:00:00Z'),
    sequence: 2,
    start: new Date('2026-12-10T17:00:00Z'),
    end: new Date('2026-12-10T20:00:00Z'),
    summary: 'Kurs: Ressursvenn',
    location: 'Frivilligsentralen, Storgata 1; 2. etasje',
    description: `Tid: 10. desember\nSted: ${'Å'.repeat(60)}`,
  });

  it('is one VEVENT in UTC with a stable UID and CRLF line ends', () => {
    expect(file.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(file).toContain('\r\nUID:b1@ressursvenn\r\n');
    expect(file).toContain('\r\nDTSTART:20261210T170000Z\r\nDTEND:20261210T200000Z\r\n');
    expect(file).toContain('\r\nSEQUENCE:2\r\n');
    expect(file.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(file).toContain('LOCATION:Frivilligsentralen\\, Storgata 1\\; 2. etasje');
    expect(escapeText('a\\b\nc')).toBe('a\\\\b\\nc');
  });

  it('folds lines at 75 octets without splitting a letter', () => {
    for (const line of file.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const folded = foldLine(`DESCRIPTION:${'Å'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'Å'.repeat(60)}`);
  });
});
