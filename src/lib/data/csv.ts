/** CSV (RFC 4180) for the data downloads: comma-separated, CRLF rows, fields quoted when needed. Pure. */

export type CsvValue = string | number | boolean | null | undefined;

/** One field: quoted when it holds a comma, quote or line break (quotes doubled); empty for null. */
export function csvField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	const s = String(value);
	return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The UTF-8 byte order mark: without it Excel on Windows reads a CSV as ANSI and garbles “ü”, “–” and “’”. */
export const BOM = '\uFEFF';

/** A byte order mark, a header row and one row per record, in the header’s column order. */
export function toCsv<K extends string>(columns: readonly K[], records: readonly Record<K, CsvValue>[]): string {
	const lines = [columns.map(csvField).join(',')];
	for (const r of records) lines.push(columns.map((c) => csvField(r[c])).join(','));
	return BOM + lines.join('\r\n') + '\r\n';
}
