/**
 * The deployment timeline against its rules and against the report: every figure and date it
 * draws must be stated in ../shared/source/report.txt, in the words the timeline quotes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceNotes } from './notes';
import { sources } from './sources';
import { timeline, type Timeline } from './timeline';
import { statesNumber, validateTimeline } from './validate-timeline';

const REPORT = resolve(import.meta.dirname, '../../../shared/source/report.txt');
const hasReport = existsSync(REPORT);
const normalise = (s: string) => s.replace(/[“”"]/g, '"').replace(/[‘’']/g, "'").replace(/\*/g, '').replace(/\s+/g, ' ');
const report = hasReport ? normalise(readFileSync(REPORT, 'utf8')) : '';

const sourceIds = new Set(sources.map((s) => s.id));
const noteIds = new Set(sourceNotes.map((n) => n.id));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A date as the report writes it: “January 15, 2008” or “November 2002”. */
function reportDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	if (m === undefined) return String(y);
	return d === undefined ? `${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${d}, ${y}`;
}
const clone = (): Timeline => structuredClone(timeline);

describe('timeline validation', () => {
	it('accepts the timeline', () => {
		expect(validateTimeline(timeline, sourceIds, noteIds)).toEqual([]);
	});

	it('names the item and the problem when an edit breaks it', () => {
		const t = clone();
		const isaf = t.operations.find((o) => o.id === 'isaf')!;
		isaf.strengths[1]!.value = 46; // evidence says 45
		isaf.strengths[2]!.from = '2007-02-19'; // before the previous figure
		isaf.strengths[3]!.cite = ['fn999'];
		t.operations[0]!.chapter = 'kosovo-typo' as never;
		t.operations[4]!.start = '2019-13';
		t.overlap.notes = ['no-such-note'];
		expect(validateTimeline(t, sourceIds, noteIds)).toEqual([
			'src/content/timeline.ts: operation "kfor": unknown chapter "kosovo-typo"',
			'src/content/timeline.ts: operation "isaf", strength 2 (46): its evidence does not state 46',
			'src/content/timeline.ts: operation "isaf", strength 3 (90): not after the previous strength',
			'src/content/timeline.ts: operation "isaf", strength 4 (94): cites unknown source "fn999"',
			'src/content/timeline.ts: operation "unmiss", start: "2019-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
			'src/content/timeline.ts: overlap: unknown note on the sources "no-such-note"'
		]);
	});

	it('refuses an overlap that no two operations share', () => {
		const t = clone();
		t.overlap.from = '2000';
		t.overlap.to = '2001';
		expect(validateTimeline(t, sourceIds, noteIds)).toEqual(['src/content/timeline.ts: overlap: fewer than two operations cover 2000 to 2001']);
	});

	it('reads numbers as digits or small words, not inside other numbers', () => {
		expect(statesNumber('increased to 45 personnel', 45)).toBe(true);
		expect(statesNumber('two servicemen', 2)).toBe(true);
		expect(statesNumber('more than 1,000 peacekeepers', 1000)).toBe(true);
		expect(statesNumber('151 personnel', 15)).toBe(false);
		expect(statesNumber('on 2.5 days', 2)).toBe(false);
		expect(statesNumber('in 2003-2008', 200)).toBe(false);
	});
});

describe.skipIf(!hasReport)('the timeline against the report', () => {
	const figures = [
		...timeline.operations.flatMap((o) => o.strengths.map((s) => ({ where: `${o.id} ${s.value}`, value: s.value, evidence: s.evidence }))),
		{ where: 'overlap', value: timeline.overlap.value, evidence: timeline.overlap.evidence }
	];

	it('quotes the report word for word for every figure and date', () => {
		const evidence = [
			...figures.flatMap((f) => f.evidence.map((e) => ({ where: f.where, e }))),
			...timeline.operations.flatMap((o) => o.dates.evidence.map((e) => ({ where: `${o.id} dates`, e }))),
			...timeline.asOf.evidence.map((e) => ({ where: 'asOf', e }))
		];
		expect(evidence.filter(({ e }) => !report.includes(normalise(e))).map((x) => x.where)).toEqual([]);
	});

	it('draws every figure the report gives for the five contingents, and only those', () => {
		// Every figure appears in the report, stated by the words quoted for it.
		for (const f of figures) {
			expect(statesNumber(report, f.value), f.where).toBe(true);
			expect(f.evidence.some((e) => statesNumber(e, f.value)), f.where).toBe(true);
		}
		expect(figures.map((f) => f.value)).toEqual([34, 22, 45, 90, 94, 151, 94, 120, 2, 279]);
	});

	it('dates every figure and operation as the report does', () => {
		const wrong: string[] = [];
		for (const o of timeline.operations) {
			const all = normalise([...o.dates.evidence, ...o.strengths.flatMap((s) => s.evidence)].join(' '));
			for (const iso of [o.start, o.end].filter((d): d is string => Boolean(d))) {
				if (!all.includes(reportDate(iso))) wrong.push(`${o.id}: ${iso}`);
			}
			for (const s of o.strengths) {
				const own = normalise(s.evidence.join(' '));
				for (const iso of [s.from, s.to].filter((d): d is string => Boolean(d))) {
					if (!own.includes(reportDate(iso))) wrong.push(`${o.id} ${s.value}: ${iso}`);
				}
			}
		}
		expect(wrong).toEqual([]);
	});
});
