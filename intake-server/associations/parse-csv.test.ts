import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.js';

describe('reading CSV', () => {
  it('reads commas, quotes, doubled quotes and CRLF, with the line each row starts on', () => {
    const parsed = parseCsv('slug,name,kommuner\r\nnarvik,"Narvik ""Sanitet""",\'x\'\r\n\r\nbaerum,"Bærum, Akershus","3201 3203"\r\n');
    expect(parsed).toEqual({
      ok: true,
      table: {
        header: ['slug', 'name', 'kommuner'],
        rows: [
          { line: 2, cells: ['narvik', 'Narvik "Sanitet"', "'x'"] },
          { line: 4, cells: ['baerum', 'Bærum, Akershus', '3201 3203'] },
        ],
      },
    });
  });

  it('takes the semicolons a Norwegian spreadsheet program writes', () => {
    const parsed = parseCsv('slug;kommuner\nnarvik;1806,1853\n');
    expect(parsed.ok && parsed.table.rows[0]?.cells).toEqual(['narvik', '1806,1853']);
  });

  it('counts lines inside quoted cells', () => {
    const parsed = parseCsv('slug,coordinators\na,"Kari <k@a.no>;\nOla <o@a.no>"\nb,x\n');
    expect(parsed.ok && parsed.table.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('reports rows with the wrong number of fields and unclosed quotes', () => {
    expect(parseCsv('slug,name\nnarvik\nbaerum,B,extra\n')).toEqual({
      ok: false,
      problems: ['line 2: expected 2 fields like the header, found 1', 'line 3: expected 2 fields like the header, found 3'],
    });
    expect(parseCsv('slug,name\nnarvik,"Narvik\n')).toEqual({ ok: false, problems: ['line 2: a quoted field is not closed (a " is missing)'] });
  });
});
