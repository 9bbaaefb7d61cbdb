/**
 * The benchmark's result: its shape, the targets it is held to, and the Markdown table the
 * README shows (between two markers, so that each run can rewrite it). Pure: no I/O.
 */
import type { Kind } from './bytes';
import type { LighthouseFigures } from './lighthouse';
import type { SessionFigures } from './session';

export interface BenchResult {
	date: string;
	durationS: number;
	machine: {
		cpu: string;
		memoryGB: number;
		os: string;
		node: string;
		chromium: string;
		loadAverage: number[];
	};
	html: { gzipKB: number };
	lighthouse: {
		/** The median run of each preset, by performance score. */
		mobile: LighthouseFigures;
		desktop: LighthouseFigures;
		runs: { mobile: number[]; desktop: number[] };
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

/** The issue's targets, checked on a result. */
export function targetsOf(r: BenchResult): Target[] {
	const { mobile, desktop } = r.lighthouse;
	const s = r.session;
	const cls = Math.max(mobile.cls, desktop.cls, s.layoutShift);
	return [
		{ name: 'Lighthouse mobile performance ≥ 95', met: mobile.performance >= 0.95, value: pct(mobile.performance) },
		{ name: 'Lighthouse accessibility 100', met: mobile.accessibility === 1 && desktop.accessibility === 1, value: pct(Math.min(mobile.accessibility, desktop.accessibility)) },
		{ name: 'CLS < 0.01 (Lighthouse and the whole session)', met: cls < 0.01, value: cls.toFixed(3) },
		{
			name: 'no long task > 200 ms in the scroll-through',
			met: s.longTasks.over200.length === 0,
			value: `max ${s.longTasks.maxMs} ms${s.longTasks.over200.length ? ` (${s.longTasks.over200.map((t) => `${t.ms} ms on ${t.chapter}`).join(', ')})` : ''}`
		},
		{ name: 'heap after 3 scroll-throughs within 10% of after 1', met: s.heap.ratio <= 1.1, value: `× ${s.heap.ratio.toFixed(2)}` }
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
const ms = (n: number) => (Number.isFinite(n) ? (n >= 1000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`) : 'n/a');
const kb = (bytes: number | undefined) => (bytes ? `${(bytes / 1024).toFixed(1)}` : '–');

function medianOf(values: number[]): number {
	const v = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (v.length === 0) return NaN;
	const mid = Math.floor(v.length / 2);
	return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
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
		`Latest run: **${date}** on ${m.cpu}, ${m.memoryGB} GB, ${m.os}, Node ${m.node.replace(/^v/, '')}, ${m.chromium} ` +
			`(load average ${m.loadAverage[0]} at the start${m.loadAverage[0]! > (Number(/× (\d+)/.exec(m.cpu)?.[1]) || 1) ? ': a busy machine, noisy figures' : ''}). ` +
			`Lighthouse: median of ${runs.mobile.length} run(s) per preset, simulated throttling.`
	);
	lines.push('');
	lines.push('| Lighthouse on `/` | mobile | desktop |');
	lines.push('|---|---|---|');
	lines.push(`| performance | **${pct(mobile.performance)}** (runs: ${runs.mobile.map(pct).join(', ')}) | **${pct(desktop.performance)}** (runs: ${runs.desktop.map(pct).join(', ')}) |`);
	lines.push(`| accessibility | ${pct(mobile.accessibility)} | ${pct(desktop.accessibility)} |`);
	lines.push(`| first contentful paint | ${ms(mobile.fcpMs)} | ${ms(desktop.fcpMs)} |`);
	lines.push(`| largest contentful paint | ${ms(mobile.lcpMs)} | ${ms(desktop.lcpMs)} |`);
	lines.push(`| total blocking time | ${ms(mobile.tbtMs)} | ${ms(desktop.tbtMs)} |`);
	lines.push(`| cumulative layout shift | ${mobile.cls.toFixed(3)} | ${desktop.cls.toFixed(3)} |`);
	lines.push(`| bytes transferred (KB) | ${kb(mobile.bytes.total)} | ${kb(desktop.bytes.total)} |`);
	lines.push('');
	const chapterList = s.chapters.map((c) => `${c.id} ${ms(c.toIdleMs)}`).join(', ');
	lines.push(`| Reader session (Chromium ${s.viewport.width}×${s.viewport.height}, WebGL on SwiftShader) | |`);
	lines.push('|---|---|');
	const lcp = (x: { t: number; element: string } | null) => (x ? `${x.element} at ${ms(x.t)}` : 'n/a');
	lines.push(`| largest contentful paint, unthrottled: phone / desktop | ${lcp(s.lcp.phone)} / ${lcp(s.lcp.desktop)} |`);
	lines.push(`| map asked for (pointer on the map after load) → first idle | ${ms(s.mapIdleMs - s.mapRequestedMs)} (long tasks meanwhile: ${s.startupLongTasks.count}, longest ${ms(s.startupLongTasks.maxMs)}) |`);
	lines.push(`| chapter activation → map idle, median / max | ${ms(medianOf(s.chapters.map((c) => c.toIdleMs)))} / ${ms(Math.max(...s.chapters.map((c) => c.toIdleMs)))} |`);
	lines.push(`| per chapter | ${chapterList} |`);
	lines.push(`| long tasks during the scroll-through (> 50 ms) | ${s.longTasks.count}, longest ${ms(s.longTasks.maxMs)} |`);
	lines.push(`| layout shift over the session | ${s.layoutShift.toFixed(3)} |`);
	lines.push(`| DOM nodes / event listeners after 1, 2, 3 scroll-throughs | ${s.domCounters.map((c) => `${c.nodes} / ${c.listeners}`).join(', ')} |`);
	lines.push(`| JS heap after 1 / 2 / 3 scroll-throughs | ${s.heap.afterOneMB.toFixed(1)} / ${s.heap.afterTwoMB.toFixed(1)} / ${s.heap.afterThreeMB.toFixed(1)} MB (3 vs 1: × ${s.heap.ratio.toFixed(2)}) |`);
	lines.push('');
	lines.push(`| KB gzipped | ${KINDS.join(' | ')} |`);
	lines.push(`|---|${KINDS.map(() => '---').join('|')}|`);
	const row = (label: string, bytes: Partial<Record<Kind, number>>) =>
		`| ${label} | ${KINDS.map((k) => kb(bytes[k])).join(' | ')} |`;
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
