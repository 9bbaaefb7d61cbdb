import { describe, expect, it } from 'vitest';
import type { LighthouseFigures } from './lighthouse';
import { longTasksBetween, type AttributedTask } from './attribution';
import {
	MARKERS,
	cumulativeLayoutShift,
	longTaskReport,
	machineLine,
	renderReadmeTable,
	replaceBetweenMarkers,
	speedLine,
	targetsOf,
	type BenchResult
} from './report';

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
	accessibilityFailures: [],
	benchmarkIndex: 1500
});

const task = (ms: number, what = 'updateMarkers (map.js)'): AttributedTask => ({
	startMs: 5000,
	ms,
	scripts: [{ what, url: '/_app/immutable/chunks/map.js', invoker: 'Window.requestAnimationFrame', ms: ms - 10, forcedLayoutMs: 0 }],
	styleAndLayoutMs: 0,
	unattributedMs: 10
});

function result(
	over: {
		mobile?: number;
		tbt?: number;
		cls?: number;
		longest?: number;
		heap?: [number, number];
		nodes?: [number, number];
		mapStartMs?: number;
		load?: number;
	} = {}
): BenchResult {
	const [one, three] = over.heap ?? [8, 8.2];
	const [nodesOne, nodesThree] = over.nodes ?? [900, 900];
	const tasks = over.longest ? [{ ...task(over.longest), pass: 2, chapter: 'iraq' }] : [];
	const mobile = { ...lh('mobile', over.mobile ?? 0.97, over.cls), tbtMs: over.tbt ?? 40 };
	return {
		date: '2026-11-29T02:10:00.000Z',
		durationS: 240,
		machine: {
			hostname: 'bench-host',
			cpu: 'Test CPU × 2',
			cores: 2,
			memoryGB: 8,
			os: 'Linux',
			node: 'v20.20.2',
			chromium: 'Chromium 156',
			loadAverage: [over.load ?? 0.5, 0.4, 0.3],
			loadAverageAtEnd: [1.7, 0.9, 0.4]
		},
		html: { gzipKB: 50 },
		lighthouse: {
			mobile,
			desktop: lh('desktop', 0.99),
			runs: {
				mobile: [0.96, 0.97, 0.98],
				desktop: [0.99],
				benchmarkIndex: [1510, 1480, 1700, 1495],
				mobileTbtMs: [120.4, over.tbt ?? 40, 60]
			}
		},
		session: {
			viewport: { width: 1280, height: 800 },
			lcp: { phone: { t: 900, element: 'img.map-figure__static (maps/intro.svg)' }, desktop: null },
			phoneStart: {
				cpuSlowdown: 4,
				domNodes: 4000,
				listeners: 80,
				count: 1,
				maxMs: 90,
				blockingMs: 40,
				tasks: [task(90, 'hydrate (app.js)')],
				culprits: []
			},
			mapRequestedMs: 900,
			mapIdleMs: 900 + (over.mapStartMs ?? 1100),
			chapters: [
				{ id: 'founding', toIdleMs: 1800 },
				{ id: 'kosovo', toIdleMs: 2200 }
			],
			longTasks: {
				count: tasks.length,
				maxMs: over.longest ?? 0,
				blockingMs: Math.max(0, (over.longest ?? 0) - 50),
				tasks,
				culprits: tasks.length
					? [
							{
								what: 'updateMarkers (map.js)',
								url: '/_app/immutable/chunks/map.js',
								tasks: 1,
								ms: over.longest! - 10,
								maxMs: over.longest! - 10
							}
						]
					: [],
				passes: [
					{ count: 0, maxMs: 0, blockingMs: 0 },
					{ count: tasks.length, maxMs: over.longest ?? 0, blockingMs: 0 },
					{ count: 0, maxMs: 0, blockingMs: 0 }
				]
			},
			startupLongTasks: { count: 1, maxMs: 300, blockingMs: 250, tasks: [task(300, 'parse (maplibre.js)')], culprits: [] },
			layoutShift: 0.002,
			layoutShiftSources: [],
			bytes: { beforeMap: { html: 50_000, js: 43_000 }, mapStart: { js: 300_000 }, scrollThrough: { data: 19_000 } },
			heap: { beforeMB: 6, afterOneMB: one, afterTwoMB: one, afterThreeMB: three, ratio: three / one },
			domCounters: [
				{ nodes: 850, listeners: 120 },
				{ nodes: nodesOne, listeners: 120 },
				{ nodes: nodesOne, listeners: 120 },
				{ nodes: nodesThree, listeners: 120 }
			]
		},
		targets: []
	};
}

describe('targetsOf', () => {
	it('meets every target on a good run', () => {
		expect(targetsOf(result()).every((t) => t.met)).toBe(true);
	});

	it('misses each target on its own failure', () => {
		const missed = (r: BenchResult) =>
			targetsOf(r)
				.filter((t) => !t.met)
				.map((t) => t.name);
		expect(missed(result({ mobile: 0.94 }))).toEqual(['Lighthouse mobile performance ≥ 95']);
		expect(missed(result({ tbt: 100 }))).toEqual(['Lighthouse mobile total blocking time < 100 ms']);
		expect(missed(result({ cls: 0.012 }))).toEqual(['CLS < 0.01 (Lighthouse and the whole session)']);
		expect(missed(result({ longest: 51 }))).toEqual(['no long task > 50 ms in three scroll-throughs']);
		expect(missed(result({ heap: [9, 9.2] }))).toEqual(['heap after 3 scroll-throughs ≤ 9 MB']);
		expect(missed(result({ heap: [6, 6.7] }))).toEqual(['heap flat: after 3 scroll-throughs within 10% of after 1']);
		expect(missed(result({ nodes: [900, 960] }))).toEqual(['no growth in DOM nodes or listeners from scroll-through 1 to 3']);
		expect(missed(result({ mapStartMs: 1300 }))).toEqual(['map start (first scroll → first idle) under 1.3 s']);
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
		expect(table).toContain('bench-host (Test CPU × 2), load average 0.5 at the start, 1.7 at the end');
		expect(table).not.toContain('busy');
		expect(table).toMatch(/\| performance \| \*\*97\*\* \(runs: 96, 97, 98\)/);
		expect(table).toContain('1: 240 ms on iraq');
		expect(table).toMatch(/no long task > 50 ms.*\*\*missed\*\*/);
		expect(table).toMatch(/where the scroll-through's long tasks go \| updateMarkers \(map\.js\) 230 ms \|/);
		expect(table).toContain('per pass 0 (max 0 ms), 1 (max 240 ms), 0 (max 0 ms)');
		expect(table).toContain("Machine speed: Lighthouse's CPU benchmark index 1503 (median of 4 runs, 1480–1700; higher is faster;");
	});

	it('gives each mobile run’s blocking time, and judges the target by their median, where the record has them', () => {
		const r = result();
		r.targets = targetsOf(r);
		const table = renderReadmeTable(r);
		expect(table).toContain('| total blocking time | 60 ms (median of runs: 120, 40, 60) | 40 ms |');
		expect(table).toMatch(/total blocking time < 100 ms \| 60 ms, the median of 3 runs \(under 100 ms in 2\) \| met/);
		// A record from before each run's figure was kept.
		delete r.lighthouse.runs.mobileTbtMs;
		r.targets = targetsOf(r);
		const older = renderReadmeTable(r);
		expect(older).toContain('| total blocking time | 40 ms | 40 ms |');
		expect(older).toMatch(/total blocking time < 100 ms \| 40 ms \| met/);
	});

	it('misses the blocking time when the runs’ median is over, though the median run’s own is under', () => {
		const r = result();
		r.lighthouse.runs.mobileTbtMs = [71, 40, 124, 137, 139];
		const target = targetsOf(r).find((t) => t.name.includes('blocking time'))!;
		expect(target.met).toBe(false);
		expect(target.value).toBe('124 ms, the median of 5 runs (under 100 ms in 2)');
		r.lighthouse.runs.mobileTbtMs = [138];
		expect(targetsOf(r).find((t) => t.name.includes('blocking time'))!.value).toBe('138 ms, the median of 1 run (under 100 ms in 0)');
	});

	it('says when the machine’s speed is unknown: a record from before it was measured, or runs that gave none', () => {
		expect(speedLine(undefined)).toBe('Machine speed: not measured.');
		expect(speedLine([NaN])).toBe('Machine speed: not measured.');
		expect(speedLine([900, NaN, 1100])).toMatch(/index 1000 \(median of 2 runs, 900–1100;/);
		expect(speedLine([1500])).toMatch(/index 1500 \(median of 1 run;/);
		expect(speedLine([1500])).not.toContain('Uneven');
		expect(speedLine([2000, 2100, 1500])).toContain('1500–2100');
		expect(speedLine([2000, 2100, 1500])).toContain('**Uneven speed**: the slowest run at 75% of the median, noisy figures.');
	});

	it('says when the machine was busy', () => {
		expect(machineLine(result({ load: 2.6 }).machine)).toMatch(/load average 2\.6 at the start, 1\.7 at the end \(\*\*a busy machine\*\*/);
		expect(machineLine({ ...result().machine, loadAverageAtEnd: [] })).toBe('bench-host (Test CPU × 2), load average 0.5 at the start');
	});

	it('lists every long task with its scripts, by phase', () => {
		const report = longTaskReport(result({ longest: 75 }));
		expect(report).toContain('Phone start-up (CPU 4× slower): 1 long tasks\n  90 ms at 5.0 s: hydrate (app.js) 80 ms, unattributed 10 ms');
		expect(report).toContain('Map start (first scroll → first idle): 1 long tasks\n  300 ms at 5.0 s: parse (maplibre.js) 290 ms');
		expect(report).toContain('Three scroll-throughs: 1 long tasks\n  75 ms at 5.0 s (pass 2, iraq): updateMarkers (map.js) 65 ms');
	});

	it('replaces only what lies between the markers, and says so when they are missing', () => {
		const readme = `# Title\n\n## Benchmark\n\n${MARKERS.start}\nold\n${MARKERS.end}\n\n## Next\n`;
		const next = replaceBetweenMarkers(readme, 'new table');
		expect(next).toBe(`# Title\n\n## Benchmark\n\n${MARKERS.start}\nnew table\n${MARKERS.end}\n\n## Next\n`);
		expect(replaceBetweenMarkers(next, 'again')).toContain(`${MARKERS.start}\nagain\n${MARKERS.end}`);
		expect(() => replaceBetweenMarkers('# No markers', 'x')).toThrow(/markers/);
	});
});

describe('longTasksBetween', () => {
	it('keeps the tasks that start in the span, with their blocking time and culprits', () => {
		const frames = [{ start: 100, duration: 120, renderStart: 0, styleAndLayoutStart: 0, scripts: [] }];
		const span = longTasksBetween(
			[
				{ start: 50, duration: 80 },
				{ start: 100, duration: 120 },
				{ start: 400, duration: 60 }
			],
			frames,
			90,
			500
		);
		expect(span.count).toBe(2);
		expect(span.maxMs).toBe(120);
		expect(span.blockingMs).toBe(70 + 10);
		expect(longTasksBetween([], [], 0, 1).maxMs).toBe(0);
	});
});
