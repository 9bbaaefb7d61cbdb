import { describe, expect, it } from 'vitest';
import type { Source, Timeline } from '$lib/content/types';
import { sourceLabel, timelineCitations, timelineRows } from './rows';

const sources: Source[] = [
	{ id: 'fn1', footnote: 1, section: 'Chapter 1' },
	{ id: 'fn2', footnote: 2, section: 'Chapter 2' },
	{ id: 'fn3', footnote: 3, section: 'Chapter 2' },
	{ id: 'doc-conclusion', section: 'Chapter 3, Conclusion' }
];
const byId = new Map(sources.map((s) => [s.id, s]));
const ev = ['the words'];

/** Three operations: one that ends with weeks without a stated strength, one with three figures, one that goes on; and an overlap. */
const timeline: Timeline = {
	title: 'Deployments',
	description: 'How many served.',
	fromYear: 1999,
	asOf: { year: 2026, evidence: ev, cite: ['fn1'] },
	operations: [
		{
			id: 'north',
			name: 'North',
			chapter: 'north',
			start: '1999-09',
			end: '2008-04-15',
			dates: { evidence: ev, cite: ['fn1'] },
			strengths: [{ value: 34, from: '1999-09', to: '2008-03', evidence: ev, cite: ['fn1'] }],
			notes: ['north-dates']
		},
		{
			id: 'east',
			name: 'East',
			chapter: 'east',
			start: '2002-11',
			end: '2014-12',
			dates: { evidence: ev, cite: ['fn2'] },
			strengths: [
				{ value: 22, from: '2002-11', evidence: ev, cite: ['fn2'] },
				{ value: 45, from: '2008-01-15', evidence: ev, cite: ['fn2'] },
				{ value: 94, from: '2010-10-05', evidence: ev, cite: ['fn2', 'fn3'] }
			]
		},
		{
			id: 'south',
			name: 'South',
			chapter: 'south',
			start: '2019-01',
			dates: { evidence: ev, cite: ['fn3'] },
			strengths: [{ value: 2, from: '2019-01', evidence: ev, cite: ['fn3'] }]
		}
	],
	overlap: {
		name: 'North and East at once',
		chapter: 'end',
		from: '2003-08-15',
		to: '2008-04-15',
		value: 279,
		label: 'Two at once',
		band: 'Two at once: {value}',
		key: 'two at once',
		detail: 'Not broken down.',
		evidence: ev,
		cite: ['doc-conclusion'],
		notes: ['overlap-figure']
	},
	reading: []
};
const rows = timelineRows(timeline, byId, 'report');

describe('timelineRows', () => {
	it('has a row for every stated figure, in the order of the operations, then the overlap', () => {
		expect(rows.filter((r) => r.kind !== 'unstated').map((r) => `${r.operation} ${r.personnel}`)).toEqual([
			'north 34',
			'east 22',
			'east 45',
			'east 94',
			'south 2',
			'overlap 279'
		]);
		expect(rows.at(-1)).toMatchObject({ name: 'North and East at once', chapter: 'end', kind: 'overlap', notes: ['overlap-figure'] });
	});

	it('dates each figure until the next one, the source’s own limit or the end of the operation', () => {
		const east = rows.filter((r) => r.operation === 'east');
		expect(east.map((r) => [r.fromText, r.toText])).toEqual([
			['November 2002', 'until 15 January 2008'],
			['15 January 2008', 'until 5 October 2010'],
			['5 October 2010', 'December 2014']
		]);
		expect(east[0]!.to).toBe('2008-01-14');
		const south = rows.find((r) => r.operation === 'south')!;
		expect([south.to, south.toText]).toEqual(['', 'continuing (as of 2026)']);
	});

	it('lists the weeks without a stated strength as such', () => {
		expect(rows.filter((r) => r.operation === 'north').map((r) => [r.kind, r.fromText, r.toText, r.personnel])).toEqual([
			['stated', 'September 1999', 'March 2008', 34],
			['unstated', '1 April 2008', '15 April 2008', null]
		]);
	});

	it('has no overlap row when the timeline has no overlap', () => {
		const { overlap: _, ...rest } = timeline;
		expect(timelineRows(rest, byId, 'report').some((r) => r.kind === 'overlap')).toBe(false);
	});

	it('names sources by the footnote number or the section', () => {
		expect(sourceLabel(byId.get('fn2'), 'fn2', 'report')).toBe('Report footnote 2');
		expect(sourceLabel(byId.get('doc-conclusion'), 'doc-conclusion', 'report')).toBe('Report, Chapter 3, Conclusion');
		expect(rows.find((r) => r.personnel === 94)!.sourceText).toBe('Report footnote 2; Report footnote 3');
	});
});

describe('timelineCitations', () => {
	it('lists every end note and note on the sources the chart and table refer to, once', () => {
		const { sources: cited, sourceNotes } = timelineCitations(timeline);
		for (const id of [...rows.flatMap((r) => r.cite), ...timeline.asOf.cite]) expect(cited).toContain(id);
		for (const id of rows.flatMap((r) => r.notes)) expect(sourceNotes).toContain(id);
		expect(new Set(cited).size).toBe(cited.length);
		expect(sourceNotes.sort()).toEqual(['north-dates', 'overlap-figure']);
	});
});
