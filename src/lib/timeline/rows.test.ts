import { describe, expect, it } from 'vitest';
import { sources } from '../../content/sources';
import { timeline } from '../../content/timeline';
import { sourceLabel, timelineCitations, timelineRows } from './rows';

const byId = new Map(sources.map((s) => [s.id, s]));
const rows = timelineRows(timeline, byId);

describe('timelineRows', () => {
	it('has a row for every stated figure, in the order of the operations, then the overlap', () => {
		expect(rows.filter((r) => r.kind !== 'unstated').map((r) => `${r.operation} ${r.personnel}`)).toEqual([
			'kfor 34', 'isaf 22', 'isaf 45', 'isaf 90', 'isaf 94', 'iraq 151', 'rsm 94', 'rsm 120', 'unmiss 2', 'overlap 279'
		]);
	});

	it('dates each figure until the next one, the report’s own limit or the end of the operation', () => {
		const isaf = rows.filter((r) => r.operation === 'isaf');
		expect(isaf.map((r) => [r.fromText, r.toText])).toEqual([
			['November 2002', 'until 15 January 2008'],
			['15 January 2008', 'until 19 February 2009'],
			['19 February 2009', 'until 5 October 2010'],
			['5 October 2010', 'December 2014']
		]);
		expect(isaf[0]!.to).toBe('2008-01-14');
		const unmiss = rows.find((r) => r.operation === 'unmiss')!;
		expect([unmiss.to, unmiss.toText]).toEqual(['', 'continuing (as of 2026)']);
	});

	it('lists the weeks in Kosovo without a stated strength as such', () => {
		const kfor = rows.filter((r) => r.operation === 'kfor');
		expect(kfor.map((r) => [r.kind, r.fromText, r.toText, r.personnel])).toEqual([
			['stated', 'September 1999', 'March 2008', 34],
			['unstated', '1 April 2008', '15 April 2008', null]
		]);
	});

	it('names sources by the report’s footnote number or section', () => {
		expect(sourceLabel(byId.get('fn94'), 'fn94')).toBe('Report footnote 94');
		expect(sourceLabel(byId.get('report-ch3-conclusion'), 'report-ch3-conclusion')).toMatch(/^Report, Chapter 3, .*Conclusion$/);
		expect(rows.find((r) => r.operation === 'rsm' && r.personnel === 120)!.sourceText).toBe('Report footnote 118; Report footnote 119');
	});
});

describe('timelineCitations', () => {
	it('lists every end note and note on the sources the chart and table refer to, once', () => {
		const { sources: cited, sourceNotes } = timelineCitations(timeline);
		const rowCites = timelineRows(timeline, byId).flatMap((r) => r.cite);
		const rowNotes = timelineRows(timeline, byId).flatMap((r) => r.notes);
		for (const id of [...rowCites, ...timeline.asOf.cite]) expect(cited).toContain(id);
		for (const id of rowNotes) expect(sourceNotes).toContain(id);
		expect(new Set(cited).size).toBe(cited.length);
		expect(new Set(sourceNotes).size).toBe(sourceNotes.length);
	});
});
