// A CSV file (RFC 4180) for an advocate or a solicitor to open in a spreadsheet. Every cell is
// quoted when it must be, and a cell that a spreadsheet would run as a formula (one starting with
// = + - @, a tab or a carriage return) is made plain text first: the diary holds words typed by
// anyone who helps, and a file given to a solicitor must not run anything when it is opened
// (OWASP, "CSV injection").

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised if it could be read as a formula, then quoted if it needs to be. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  // A leading apostrophe makes spreadsheets show the cell as text; it is what OWASP advises.
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Rows to a CSV file's text: CRLF between rows (RFC 4180), and a byte-order mark first, so
 * spreadsheet programs read names with accents correctly.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
