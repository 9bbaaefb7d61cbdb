import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from './csv';

describe('csv', () => {
	it('quotes only the fields that need it, doubling quotes', () => {
		expect(csvField('Capital')).toBe('Capital');
		expect(csvField('Hilltown, Northland')).toBe('"Hilltown, Northland"');
		expect(csvField('the “Doghan” base')).toBe('the “Doghan” base');
		expect(csvField('a "quoted" word')).toBe('"a ""quoted"" word"');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField(' padded')).toBe('" padded"');
		expect(csvField(34)).toBe('34');
		expect(csvField(null)).toBe('');
		expect(csvField(undefined)).toBe('');
	});

	it('writes a byte order mark, a header and one CRLF-terminated row per record in column order', () => {
		const csv = toCsv(
			['id', 'value', 'note'],
			[
				{ note: 'from 2008, doubled', id: 'mission-a', value: 45 },
				{ id: 'mission-b', value: 2, note: null }
			]
		);
		expect(csv).toBe(`${BOM}id,value,note\r\nmission-a,45,"from 2008, doubled"\r\nmission-b,2,\r\n`);
		// The mark is the three bytes Excel looks for.
		expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});
});
