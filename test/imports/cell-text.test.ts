import { cellText, dateText, declaredZipSize, numberText } from '../../src/imports/xlsx';

describe('cell values as text', () => {
  test('numbers are written without scientific notation', () => {
    expect(numberText(13800138000)).toBe('13800138000');
    expect(numberText(1.5e-7)).toBe('0.00000015');
    expect(numberText(-2.5e21)).toBe('-2500000000000000000000');
  });

  test('numbers are rounded to the 15 significant digits Excel shows', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(Number("123456789012345678"))).toBe('123456789012346000');
  });

  test('a date without a time is yyyy-mm-dd, one with a time keeps it', () => {
    expect(dateText(new Date(Date.UTC(2024, 0, 31)))).toBe('2024-01-31');
    expect(dateText(new Date(Date.UTC(2024, 0, 31, 23, 59, 59, 999)))).toBe('2024-02-01');
    expect(dateText(new Date(Date.UTC(2024, 0, 31, 9, 30)))).toBe('2024-01-31 09:30:00');
  });

  test('a formula without a cached result, an error and a boolean have a text of their own', () => {
    expect(cellText({ formula: 'A1*2' })).toBe('');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText(true)).toBe('TRUE');
  });

  test('a hyperlink whose text is rich text gives the joined text', () => {
    const value = { text: { richText: [{ text: '官' }, { text: '网' }] }, hyperlink: 'https://example.org' };
    expect(cellText(value as never)).toBe('官网');
  });

  test('a zip without a central directory has no declared size', () => {
    expect(declaredZipSize(Buffer.from('PK\x03\x04 nothing else', 'latin1'))).toBeUndefined();
  });
});
