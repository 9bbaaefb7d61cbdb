import { describe, expect, it } from 'vitest';
import {
	attributeLongTasks,
	culprits,
	describeTask,
	isBusy,
	shortURL,
	withShaderLinks,
	unevenSpeed,
	writeDecision,
	type RawFrame,
	type RawScript
} from './attribution';

const script = (over: Partial<RawScript> & Pick<RawScript, 'start' | 'duration'>): RawScript => ({
	sourceURL: 'http://127.0.0.1:4173/_app/immutable/chunks/map.js',
	sourceFunctionName: 'updateMarkers',
	invoker: 'Window.requestAnimationFrame',
	invokerType: 'user-callback',
	forcedStyleAndLayoutDuration: 0,
	...over
});

const frame = (start: number, duration: number, scripts: RawScript[], styleAndLayoutStart = 0): RawFrame => ({
	start,
	duration,
	renderStart: styleAndLayoutStart ? styleAndLayoutStart - 1 : 0,
	styleAndLayoutStart,
	scripts
});

describe('shortURL', () => {
	it('keeps the path of a site URL and leaves anything else as it is', () => {
		expect(shortURL('http://127.0.0.1:4173/_app/immutable/chunks/a.js')).toBe('/_app/immutable/chunks/a.js');
		expect(shortURL('http://127.0.0.1:4173')).toBe('/');
		expect(shortURL('')).toBe('');
		expect(shortURL('blob:http://x/1')).toBe('blob:http://x/1');
	});
});

describe('attributeLongTasks', () => {
	it('gives each task the scripts that ran inside it, longest first, and its rendering', () => {
		const frames = [
			frame(
				1000,
				180,
				[
					script({ start: 1001, duration: 40, sourceFunctionName: 'declutter' }),
					script({ start: 1045, duration: 90, forcedStyleAndLayoutDuration: 30 })
				],
				1140
			),
			// Another task in a later frame: not this one's.
			frame(3000, 70, [script({ start: 3002, duration: 60, sourceFunctionName: 'parse' })])
		];
		const [first, second] = attributeLongTasks(
			[
				{ start: 3000, duration: 65 },
				{ start: 1000, duration: 180 }
			],
			frames
		);
		expect(first!.startMs).toBe(1000);
		expect(first!.scripts.map((s) => [s.what, s.ms, s.forcedLayoutMs])).toEqual([
			['updateMarkers (map.js)', 90, 30],
			['declutter (map.js)', 40, 0]
		]);
		expect(first!.scripts[0]!.url).toBe('/_app/immutable/chunks/map.js');
		expect(first!.styleAndLayoutMs).toBe(40);
		expect(first!.unattributedMs).toBe(10);
		expect(second!.scripts.map((s) => s.what)).toEqual(['parse (map.js)']);
	});

	it('names the invoker when there is no function name, and reports a task no frame explains', () => {
		const anon = script({ start: 10, duration: 55, sourceFunctionName: '', sourceURL: '', invoker: 'IntersectionObserver.callback' });
		const [named, bare] = attributeLongTasks(
			[
				{ start: 10, duration: 60 },
				{ start: 500, duration: 120 }
			],
			[frame(0, 80, [anon])]
		);
		expect(named!.scripts[0]!.what).toBe('IntersectionObserver.callback');
		expect(bare!.scripts).toEqual([]);
		expect(bare!.unattributedMs).toBe(120);
		expect(describeTask(bare!)).toBe('120 ms at 0.5 s: unattributed 120 ms');
	});
});

describe('culprits', () => {
	it('sums a function over the tasks it ran in, the worst first', () => {
		const tasks = attributeLongTasks(
			[
				{ start: 0, duration: 100 },
				{ start: 200, duration: 100 }
			],
			[
				frame(0, 100, [script({ start: 0, duration: 70 }), script({ start: 70, duration: 20, sourceFunctionName: 'setData' })]),
				frame(200, 100, [script({ start: 200, duration: 60 })])
			]
		);
		expect(culprits(tasks)).toEqual([
			{ what: 'updateMarkers (map.js)', url: '/_app/immutable/chunks/map.js', tasks: 2, ms: 130, maxMs: 70 },
			{ what: 'setData (map.js)', url: '/_app/immutable/chunks/map.js', tasks: 1, ms: 20, maxMs: 20 }
		]);
		expect(culprits(tasks, 1)).toHaveLength(1);
		expect(describeTask(tasks[0]!, 'iraq')).toBe(
			'100 ms at 0.0 s (iraq): updateMarkers (map.js) 70 ms, setData (map.js) 20 ms, unattributed 10 ms'
		);
	});
});

describe('writing the figures', () => {
	it('counts a load above the core count as busy', () => {
		expect(isBusy(2.01, 2)).toBe(true);
		expect(isBusy(2, 2)).toBe(false);
		expect(isBusy(0.4, 2)).toBe(false);
	});

	it('refuses to write from a busy machine unless forced, and never with --no-write', () => {
		expect(writeDecision({ load1: 0.5, cores: 2, noWrite: false, forceWrite: false }).write).toBe(true);
		const busy = writeDecision({ load1: 3.4, cores: 2, noWrite: false, forceWrite: false });
		expect(busy.write).toBe(false);
		expect(busy.reason).toMatch(/busy.*3\.4 > 2 cores.*--force-write/);
		expect(writeDecision({ load1: 3.4, cores: 2, noWrite: false, forceWrite: true })).toEqual({
			write: true,
			reason: '--force-write: written though the machine was busy (1-minute load 3.4 > 2 cores)'
		});
		expect(writeDecision({ load1: 0.1, cores: 2, noWrite: true, forceWrite: true }).write).toBe(false);
	});

	it('takes a speed that fell by more than a fifth in some Lighthouse run for a busy machine, whatever the load', () => {
		// The runs of 01:54 and 02:19 on 2026-12-08 (README, Benchmark).
		const noisy = [2160, 2122, 2028.5, 1603, 2145, 1206, 2023, 1804, 1559.5, 1193];
		const steady = [2212.5, 2046.5, 1878, 1958.5, 1932, 2147.5, 2156.5, 2119, 2152.5, 2112];
		expect(unevenSpeed(noisy)).toBeCloseTo(1193 / 1913.5, 3);
		expect(unevenSpeed(steady)).toBeNull();
		expect(unevenSpeed([1200])).toBeNull();
		expect(unevenSpeed([NaN, 2000])).toBeNull();
		const refused = writeDecision({ load1: 0.5, cores: 2, noWrite: false, forceWrite: false, indexes: noisy });
		expect(refused.write).toBe(false);
		expect(refused.reason).toMatch(/speed was uneven \(the slowest Lighthouse run at 62% of the median.*--force-write/);
		expect(writeDecision({ load1: 0.5, cores: 2, noWrite: false, forceWrite: false, indexes: steady }).write).toBe(true);
		expect(writeDecision({ load1: 0.5, cores: 2, noWrite: false, forceWrite: true, indexes: noisy }).write).toBe(true);
	});
});

describe('withShaderLinks', () => {
	it('counts the program links inside each task, and leaves tasks without any as they are', () => {
		const tasks = attributeLongTasks(
			[
				{ start: 100, duration: 200 },
				{ start: 500, duration: 80 }
			],
			[]
		);
		const links = [
			{ start: 120, duration: 90.4 },
			{ start: 250, duration: 30.2 },
			// After the first task, before the second: in neither.
			{ start: 400, duration: 60 }
		];
		const [first, second] = withShaderLinks(tasks, links);
		expect(first!.shaderLinks).toEqual({ count: 2, ms: 121 });
		expect(second).toBe(tasks[1]);
		expect(describeTask(first!)).toBe('200 ms at 0.1 s: of which waiting for 2 shader program(s) to compile 121 ms, unattributed 200 ms');
	});
});
