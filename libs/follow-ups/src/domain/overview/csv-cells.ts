/**
 * What a spreadsheet would take for a formula (CSV injection): a cell starting with = + - or @, and
 * tab or carriage return, which Excel also reads as a start. Such a text is prefixed with an
 * apostrophe, which Excel shows as the text it was. Numbers are not text and are left alone.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralisedCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
