// The diary's spreadsheet for an advocate or a solicitor: every cell opens as the words typed.
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/features/after/diary/csv';

describe('a CSV cell', () => {
  it('leaves plain words as they are', () => {
    expect(csvCell('Jo called')).toBe('Jo called');
    expect(csvCell('')).toBe('');
    expect(csvCell(null)).toBe('');
  });
  it('quotes commas, quotes and new lines, doubling the quotes inside', () => {
    expect(csvCell('Jo, the nurse')).toBe('"Jo, the nurse"');
    expect(csvCell('She said "next week"')).toBe('"She said ""next week"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('line one\r\nline two')).toBe('"line one\r\nline two"');
  });
  it('keeps spaces at either end by quoting them', () => {
    expect(csvCell(' Jo ')).toBe('" Jo "');
  });
  it.each([
    ['=1+2', "'=1+2"],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tHYPERLINK("x")', `"'\tHYPERLINK(""x"")"`],
    ['\rsecond', `"'\rsecond"`],
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
  ])('neutralises a formula: %j becomes %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
  it('leaves those characters alone inside a cell', () => {
    expect(csvCell('1+2=3')).toBe('1+2=3');
    expect(csvCell('me@example.org')).toBe('me@example.org');
  });
});

describe('a CSV file', () => {
  it('has a byte-order mark, CRLF between rows and a final CRLF (RFC 4180)', () => {
    expect(
      toCsv([
        ['Date', 'What happened'],
        ['2027-03-02', 'A call, then "a letter"\nand =a visit'],
      ]),
    ).toBe('\uFEFFDate,What happened\r\n2027-03-02,"A call, then ""a letter""\nand =a visit"\r\n');
  });
  it('reads back as the same rows', () => {
    const rows = [
      ['a,b', 'say "hi"', 'x\ny', 'plain'],
      ['', ' pad ', '@home', 'é ü'],
    ];
    expect(parse(toCsv(rows))).toEqual(
      rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c))),
    );
  });
});

/** A small RFC 4180 reader, to check the file round-trips. */
function parse(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}
