import { describe, expect, it } from 'vitest';
import type { LighthouseFigures } from './lighthouse';
import { MARKERS, cumulativeLayoutShift, renderReadmeTable, replaceBetweenMarkers, targetsOf, type BenchResult } from './report';

const lh = (preset: 'mobile' | 'desktop', performance: number, cls = 0): LighthouseFigures => ({
	preset,
	performance,
	accessibility: 1,
	fcpMs: 1200,
	lcpMs: 1500,
	tbtMs: 40,
	cls,
	speedIndexMs: 1300,
	bytes: { total: 120_000, script: 45_000 },
	requests: 14,
	lcpElement: null,
	longTasks: [],
	accessibilityFailures: []
});

function result(over: { mobile?: number; cls?: number; longest?: number; heap?: [number, number] } = {}): BenchResult {
	const [one, three] = over.heap ?? [14, 14.5];
	return {
		date: '2026-11-29T02:10:00.000Z',
		durationS: 240,
		machine: { cpu: 'Test CPU × 2', memoryGB: 8, os: 'Linux', node: 'v20.20.2', chromium: 'Chromium 156', loadAverage: [0.5, 0.4, 0.3] },
		html: { gzipKB: 50 },
		lighthouse: { mobile: lh('mobile', over.mobile ?? 0.97, over.cls), desktop: lh('desktop', 0.99), runs: { mobile: [0.96, 0.97, 0.98], desktop: [0.99] } },
		session: {
			viewport: { width: 1280, height: 800 },
			lcp: { phone: { t: 900, element: 'img.map-figure__static (maps/intro.svg)' }, desktop: null },
			mapRequestedMs: 900,
			mapIdleMs: 3100,
			chapters: [
				{ id: 'founding', toIdleMs: 1800 },
				{ id: 'kosovo', toIdleMs: 2200 }
			],
			longTasks: {
				count: 3,
				maxMs: over.longest ?? 120,
				over200: (over.longest ?? 0) > 200 ? [{ ms: over.longest!, chapter: 'iraq' }] : []
			},
			startupLongTasks: { count: 5, maxMs: 300 },
			layoutShift: 0.002,
			layoutShiftSources: [],
			bytes: { beforeMap: { html: 50_000, js: 43_000 }, mapStart: { js: 300_000 }, scrollThrough: { data: 19_000 } },
			heap: { afterOneMB: one, afterTwoMB: one, afterThreeMB: three, ratio: three / one },
			domCounters: [{ nodes: 900, listeners: 120 }]
		},
		targets: []
	};
}

describe('targetsOf', () => {
	it('meets every target on a good run', () => {
		expect(targetsOf(result()).every((t) => t.met)).toBe(true);
	});

	it('misses each target on its own failure', () => {
		const missed = (r: BenchResult) => targetsOf(r).filter((t) => !t.met).map((t) => t.name);
		expect(missed(result({ mobile: 0.94 }))).toEqual(['Lighthouse mobile performance ≥ 95']);
		expect(missed(result({ cls: 0.012 }))).toEqual(['CLS < 0.01 (Lighthouse and the whole session)']);
		expect(missed(result({ longest: 240 }))).toEqual(['no long task > 200 ms in the scroll-through']);
		expect(missed(result({ heap: [14, 15.5] }))).toEqual(['heap after 3 scroll-throughs within 10% of after 1']);
	});
});

describe('cumulativeLayoutShift', () => {
	it('takes the largest session window, not the sum of all shifts', () => {
		// Two windows (a 2 s gap): 0.003 and 0.004.
		const shifts = [
			{ t: 0, value: 0.001 },
			{ t: 500, value: 0.002 },
			{ t: 2500, value: 0.004 }
		];
		expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.004);
	});

	it('closes a window after 5 s even without a gap', () => {
		const steady = Array.from({ length: 12 }, (_, i) => ({ t: i * 900, value: 0.001 }));
		// 0, 900 … 4500 fit in the first window (6 shifts); the rest start a new one.
		expect(cumulativeLayoutShift(steady)).toBeCloseTo(0.006);
		expect(cumulativeLayoutShift([])).toBe(0);
	});
});

describe('the README table', () => {
	it('shows the date, the machine, the scores and each target', () => {
		const r = result({ longest: 240 });
		r.targets = targetsOf(r);
		const table = renderReadmeTable(r);
		expect(table).toContain('2026-11-29 02:10 UTC');
		expect(table).toContain('Test CPU × 2');
		expect(table).toMatch(/\| performance \| \*\*97\*\* \(runs: 96, 97, 98\)/);
		expect(table).toContain('240 ms on iraq');
		expect(table).toMatch(/no long task > 200 ms.*\*\*missed\*\*/);
	});

	it('replaces only what lies between the markers, and says so when they are missing', () => {
		const readme = `# Title\n\n## Benchmark\n\n${MARKERS.start}\nold\n${MARKERS.end}\n\n## Next\n`;
		const next = replaceBetweenMarkers(readme, 'new table');
		expect(next).toBe(`# Title\n\n## Benchmark\n\n${MARKERS.start}\nnew table\n${MARKERS.end}\n\n## Next\n`);
		expect(replaceBetweenMarkers(next, 'again')).toContain(`${MARKERS.start}\nagain\n${MARKERS.end}`);
		expect(() => replaceBetweenMarkers('# No markers', 'x')).toThrow(/markers/);
	});
});
