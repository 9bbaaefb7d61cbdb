/**
 * The benchmark's result: its shape, the targets it is held to, and the Markdown table the
 * README shows (between two markers, so that each run can rewrite it). Pure: no I/O.
 */
import { describeTask, isBusy, medianOf, unevenSpeed, type Culprit } from './attribution';
import type { Kind } from './bytes';
import type { LighthouseFigures } from './lighthouse';
import type { SessionFigures } from './session';

export interface BenchResult {
	date: string;
	durationS: number;
	machine: {
		/** This machine's name. */
		hostname: string;
		cpu: string;
		cores: number;
		memoryGB: number;
		os: string;
		node: string;
		chromium: string;
		/** 1, 5 and 15-minute load averages when the run started. */
		loadAverage: number[];
		/** The same when it ended (the benchmark's own Chromium adds to it). */
		loadAverageAtEnd: number[];
	};
	html: { gzipKB: number };
	lighthouse: {
		/** The median run of each preset, by performance score. */
		mobile: LighthouseFigures;
		desktop: LighthouseFigures;
		/**
		 * Each run's performance score, Lighthouse's CPU benchmark index of every run of both presets,
		 * and each mobile run's total blocking time (absent from records older than it).
		 */
		runs: { mobile: number[]; desktop: number[]; benchmarkIndex: number[]; mobileTbtMs?: number[] };
	};
	session: SessionFigures;
	targets: Target[];
}

export interface Target {
	name: string;
	met: boolean;
	value: string;
}

export const MARKERS = { start: '<!-- bench:start -->', end: '<!-- bench:end -->' } as const;

/** The last map start the README showed before it was measured from the first scroll. */
export const MAP_START_BEFORE_MS = 1300;

/** The issue's targets, checked on a result. */
export function targetsOf(r: BenchResult): Target[] {
	const { mobile, desktop } = r.lighthouse;
	const s = r.session;
	const cls = Math.max(mobile.cls, desktop.cls, s.layoutShift);
	const first = s.domCounters[1] ?? s.domCounters[0];
	const last = s.domCounters.at(-1);
	const mapStart = s.mapIdleMs - s.mapRequestedMs;
	const worst = [...s.longTasks.tasks].sort((a, b) => b.ms - a.ms).slice(0, 3);
	// The blocking time's own median across the runs, where the record has them: the median run
	// is picked by its score, and its blocking time need not be the median one (91 ms in a run of
	// five whose median was 124 ms).
	const tbtRuns = r.lighthouse.runs.mobileTbtMs ?? [];
	const tbt = tbtRuns.length ? medianOf(tbtRuns) : mobile.tbtMs;
	return [
		{ name: 'Lighthouse mobile performance ≥ 95', met: mobile.performance >= 0.95, value: pct(mobile.performance) },
		{
			name: 'Lighthouse mobile total blocking time < 100 ms',
			met: tbt < 100,
			value: tbtRuns.length
				? `${ms(tbt)}, the median of ${runCount(tbtRuns.length)} (under 100 ms in ${tbtRuns.filter((t) => t < 100).length})`
				: ms(tbt)
		},
		{
			name: 'Lighthouse accessibility 100',
			met: mobile.accessibility === 1 && desktop.accessibility === 1,
			value: pct(Math.min(mobile.accessibility, desktop.accessibility))
		},
		{ name: 'CLS < 0.01 (Lighthouse and the whole session)', met: cls < 0.01, value: cls.toFixed(3) },
		{
			name: 'no long task > 50 ms in three scroll-throughs',
			met: s.longTasks.count === 0,
			value: s.longTasks.count ? `${s.longTasks.count}: ${worst.map((t) => `${t.ms} ms on ${t.chapter}`).join(', ')}` : 'none'
		},
		{ name: 'heap after 3 scroll-throughs ≤ 9 MB', met: s.heap.afterThreeMB <= 9, value: `${s.heap.afterThreeMB.toFixed(1)} MB` },
		{ name: 'heap flat: after 3 scroll-throughs within 10% of after 1', met: s.heap.ratio <= 1.1, value: `× ${s.heap.ratio.toFixed(2)}` },
		{
			name: 'no growth in DOM nodes or listeners from scroll-through 1 to 3',
			met: !!first && !!last && last.nodes <= first.nodes && last.listeners <= first.listeners,
			value: first && last ? `${first.nodes} → ${last.nodes} nodes, ${first.listeners} → ${last.listeners} listeners` : 'n/a'
		},
		{
			name: `map start (first scroll → first idle) under ${ms(MAP_START_BEFORE_MS)}`,
			met: mapStart < MAP_START_BEFORE_MS,
			value: ms(mapStart)
		}
	];
}

/**
 * CLS as Chrome defines it: shifts grouped into session windows (a gap of at most 1 s, at most
 * 5 s long); the largest window's sum.
 */
export function cumulativeLayoutShift(shifts: readonly { t: number; value: number }[]): number {
	let worst = 0;
	let sum = 0;
	let windowStart = -Infinity;
	let last = -Infinity;
	for (const { t, value } of [...shifts].sort((a, b) => a.t - b.t)) {
		if (t - last > 1000 || t - windowStart > 5000) {
			sum = 0;
			windowStart = t;
		}
		sum += value;
		last = t;
		worst = Math.max(worst, sum);
	}
	return worst;
}

const pct = (score: number) => String(Math.round(score * 100));
/** "1 run", "5 runs". */
const runCount = (n: number) => `${n} run${n === 1 ? '' : 's'}`;
const ms = (n: number) => (Number.isFinite(n) ? (n >= 1000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`) : 'n/a');
const kb = (bytes: number | undefined) => (bytes ? `${(bytes / 1024).toFixed(1)}` : '–');

/** "host (CPU × n), load average 0.5 at the start, 1.9 at the end", flagged when the machine was busy. */
export function machineLine(m: BenchResult['machine']): string {
	const busy = isBusy(m.loadAverage[0] ?? 0, m.cores);
	return (
		`${m.hostname} (${m.cpu}), load average ${m.loadAverage[0]} at the start` +
		(m.loadAverageAtEnd.length ? `, ${m.loadAverageAtEnd[0]} at the end` : '') +
		(busy ? ` (**a busy machine**: more than ${m.cores} cores' worth, noisy figures)` : '')
	);
}

/**
 * Lighthouse's CPU benchmark index, the median of its runs: machines of one kind differ by nearly
 * two in speed (README, Benchmark), and every timing here with them.
 */
export function speedLine(indexes: readonly number[] | undefined): string {
	const known = (indexes ?? []).filter((n) => Number.isFinite(n));
	if (known.length === 0) return 'Machine speed: not measured.';
	const [low, high] = [Math.round(Math.min(...known)), Math.round(Math.max(...known))];
	// The spread shows a host whose speed changed during the run, which the load average cannot.
	const spread = low === high ? '' : `, ${low}–${high}`;
	const share = unevenSpeed(known);
	const uneven = share === null ? '' : ` **Uneven speed**: the slowest run at ${Math.round(share * 100)}% of the median, noisy figures.`;
	return `Machine speed: Lighthouse's CPU benchmark index ${Math.round(medianOf(known))} (median of ${runCount(known.length)}${spread}; higher is faster; compare timings only between machines of like index).${uneven}`;
}

/** "fn (file) 120 ms in 2 tasks, …": where long tasks went. */
export function culpritList(list: readonly Culprit[], limit = 5): string {
	if (list.length === 0) return 'no script named';
	return list
		.slice(0, limit)
		.map((c) => `${c.what.replaceAll('|', '/')} ${ms(c.ms)}${c.tasks > 1 ? ` in ${c.tasks} tasks` : ''}`)
		.join('; ');
}

/** The long tasks of a result, one line each with their scripts, for the console. */
export function longTaskReport(r: BenchResult): string {
	const s = r.session;
	const lines = [`Phone start-up (CPU ${s.phoneStart.cpuSlowdown}× slower): ${s.phoneStart.count} long tasks`];
	for (const t of s.phoneStart.tasks) lines.push(`  ${describeTask(t)}`);
	lines.push(`Map start (first scroll → first idle): ${s.startupLongTasks.count} long tasks`);
	for (const t of s.startupLongTasks.tasks) lines.push(`  ${describeTask(t)}`);
	lines.push(`Three scroll-throughs: ${s.longTasks.count} long tasks`);
	for (const t of s.longTasks.tasks) lines.push(`  ${describeTask(t, `pass ${t.pass}, ${t.chapter}`)}`);
	return lines.join('\n');
}

const KINDS: Kind[] = ['html', 'js', 'css', 'data', 'static map', 'image', 'font'];

/** The README's table (Markdown), from a result. */
export function renderReadmeTable(r: BenchResult): string {
	const { mobile, desktop, runs } = r.lighthouse;
	const s = r.session;
	const m = r.machine;
	const date = r.date.replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC');
	const lines: string[] = [];
	lines.push(
		`Latest run: **${date}** on ${machineLine(m)}, ${m.memoryGB} GB, ${m.os}, Node ${m.node.replace(/^v/, '')}, ${m.chromium}. ` +
			`Lighthouse: median of ${runs.mobile.length} run(s) per preset, simulated throttling. ${speedLine(runs.benchmarkIndex)}`
	);
	lines.push('');
	lines.push('| Lighthouse on `/` | mobile | desktop |');
	lines.push('|---|---|---|');
	lines.push(
		`| performance | **${pct(mobile.performance)}** (runs: ${runs.mobile.map(pct).join(', ')}) | **${pct(desktop.performance)}** (runs: ${runs.desktop.map(pct).join(', ')}) |`
	);
	lines.push(`| accessibility | ${pct(mobile.accessibility)} | ${pct(desktop.accessibility)} |`);
	lines.push(`| first contentful paint | ${ms(mobile.fcpMs)} | ${ms(desktop.fcpMs)} |`);
	lines.push(`| largest contentful paint | ${ms(mobile.lcpMs)} | ${ms(desktop.lcpMs)} |`);
	// The median of the runs' blocking times, as the target judges it, not the median run's own
	// (that run is chosen by its score): one figure for both tables.
	const tbtRuns = runs.mobileTbtMs?.length
		? `${ms(medianOf(runs.mobileTbtMs))} (median of runs: ${runs.mobileTbtMs.map((t) => Math.round(t)).join(', ')})`
		: ms(mobile.tbtMs);
	lines.push(`| total blocking time | ${tbtRuns} | ${ms(desktop.tbtMs)} |`);
	lines.push(`| cumulative layout shift | ${mobile.cls.toFixed(3)} | ${desktop.cls.toFixed(3)} |`);
	lines.push(`| bytes transferred (KB) | ${kb(mobile.bytes.total)} | ${kb(desktop.bytes.total)} |`);
	lines.push('');
	const chapterList = s.chapters.map((c) => `${c.id} ${ms(c.toIdleMs)}`).join(', ');
	lines.push(`| Reader session (Chromium ${s.viewport.width}×${s.viewport.height}, WebGL on SwiftShader) | |`);
	lines.push('|---|---|');
	const lcp = (x: { t: number; element: string } | null) => (x ? `${x.element} at ${ms(x.t)}` : 'n/a');
	lines.push(`| largest contentful paint, unthrottled: phone / desktop | ${lcp(s.lcp.phone)} / ${lcp(s.lcp.desktop)} |`);
	const p = s.phoneStart;
	lines.push(
		`| start-up on a phone (412×823, CPU slowed ${p.cpuSlowdown}×), to a quiet spell | ${p.count} long tasks, longest ${ms(p.maxMs)}, blocking ${ms(p.blockingMs)}; ${p.domNodes} elements, ${p.listeners} listeners |`
	);
	lines.push(`| where the phone's start-up goes (long tasks) | ${culpritList(p.culprits)} |`);
	lines.push(
		`| map start: first scroll → first idle | ${ms(s.mapIdleMs - s.mapRequestedMs)} (long tasks meanwhile: ${s.startupLongTasks.count}, longest ${ms(s.startupLongTasks.maxMs)}: ${culpritList(s.startupLongTasks.culprits, 3)}) |`
	);
	lines.push(
		`| chapter activation → map idle, median / max | ${ms(medianOf(s.chapters.map((c) => c.toIdleMs)))} / ${ms(Math.max(...s.chapters.map((c) => c.toIdleMs)))} |`
	);
	lines.push(`| per chapter | ${chapterList} |`);
	lines.push(
		`| long tasks in three scroll-throughs (> 50 ms) | ${s.longTasks.count}, longest ${ms(s.longTasks.maxMs)}, blocking ${ms(s.longTasks.blockingMs)}; per pass ${s.longTasks.passes.map((x) => `${x.count} (max ${ms(x.maxMs)})`).join(', ')} |`
	);
	lines.push(`| where the scroll-through's long tasks go | ${culpritList(s.longTasks.culprits)} |`);
	lines.push(`| layout shift over the session | ${s.layoutShift.toFixed(3)} |`);
	lines.push(
		`| elements / listeners on the page before, after 1, 2, 3 scroll-throughs | ${s.domCounters.map((c) => `${c.nodes} / ${c.listeners}`).join(', ')} |`
	);
	lines.push(
		`| JS heap before, after 1 / 2 / 3 scroll-throughs | ${s.heap.beforeMB.toFixed(1)}, ${s.heap.afterOneMB.toFixed(1)} / ${s.heap.afterTwoMB.toFixed(1)} / ${s.heap.afterThreeMB.toFixed(1)} MB (3 vs 1: × ${s.heap.ratio.toFixed(2)}) |`
	);
	lines.push('');
	lines.push(`| KB gzipped | ${KINDS.join(' | ')} |`);
	lines.push(`|---|${KINDS.map(() => '---').join('|')}|`);
	const row = (label: string, bytes: Partial<Record<Kind, number>>) => `| ${label} | ${KINDS.map((k) => kb(bytes[k])).join(' | ')} |`;
	lines.push(row('first page, before the map', s.bytes.beforeMap));
	lines.push(row('map start (MapLibre, first chapter data)', s.bytes.mapStart));
	lines.push(row('scroll through every chapter', s.bytes.scrollThrough));
	lines.push('');
	lines.push('| Target | | |');
	lines.push('|---|---|---|');
	for (const t of r.targets) lines.push(`| ${t.name} | ${t.value} | ${t.met ? 'met' : '**missed**'} |`);
	return lines.join('\n');
}

/** Puts `table` between the benchmark markers of `readme`; throws when they are missing. */
export function replaceBetweenMarkers(readme: string, table: string): string {
	const start = readme.indexOf(MARKERS.start);
	const end = readme.indexOf(MARKERS.end);
	if (start < 0 || end < start) throw new Error(`README.md: the benchmark markers ${MARKERS.start} … ${MARKERS.end} are missing`);
	return `${readme.slice(0, start + MARKERS.start.length)}\n${table}\n${readme.slice(end)}`;
}
