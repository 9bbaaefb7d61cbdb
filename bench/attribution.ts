/**
 * What the benchmark says about each long task: which script and function ran in it, as Chromium
 * reports it in `long-animation-frame` entries (their `scripts`: sourceURL, sourceFunctionName,
 * invoker), matched to the `longtask` entries by time. And whether the machine was quiet enough
 * for the figures to be worth committing. Pure: no I/O, no browser.
 */

/** A `longtask` entry, as recorded in the page (ms since navigation start). */
export interface RawLongTask {
	start: number;
	duration: number;
}

/** One script of a `long-animation-frame` entry (PerformanceScriptTiming). */
export interface RawScript {
	start: number;
	duration: number;
	/** e.g. "http://127.0.0.1:4173/_app/immutable/chunks/abc.js" */
	sourceURL: string;
	sourceFunctionName: string;
	/** What called it: "IntersectionObserver.callback", "Window.requestAnimationFrame", "DIV.onclick"… */
	invoker: string;
	invokerType: string;
	/** Style and layout the script forced (layout thrash). */
	forcedStyleAndLayoutDuration: number;
}

/** A `long-animation-frame` entry, with the style and layout of its rendering. */
export interface RawFrame {
	start: number;
	duration: number;
	/** When rendering (rAF callbacks, style, layout) began; 0 when the frame did not render. */
	renderStart: number;
	styleAndLayoutStart: number;
	scripts: RawScript[];
}

/** A script's share of a long task. */
export interface ScriptShare {
	/** `function (file)`, or the invoker when Chromium names no function. */
	what: string;
	/** Path of the script under the site, or what ran it when there is no URL. */
	url: string;
	invoker: string;
	ms: number;
	/** Forced style and layout inside the script. */
	forcedLayoutMs: number;
}

export interface AttributedTask {
	startMs: number;
	ms: number;
	/** The scripts that ran in it, longest first. */
	scripts: ScriptShare[];
	/** The frame's own style and layout (after its scripts), when the task rendered. */
	styleAndLayoutMs: number;
	/** Time in the task no script or rendering accounts for (parsing HTML, GC, the engine's own work). */
	unattributedMs: number;
	/** WebGL programs linked in it (the map's shaders, compiled on first use), and the time the page waited for them. */
	shaderLinks?: { count: number; ms: number };
}

/** A WebGL program link timed in the page: `linkProgram` and the wait for its status. */
export interface RawLink {
	start: number;
	duration: number;
}

/**
 * Adds to each task the shader programs linked inside it. Chromium names the script that ran
 * (MapLibre's frame callback) but not that it waited on the GPU process compiling a program.
 */
export function withShaderLinks<T extends AttributedTask>(tasks: readonly T[], links: readonly RawLink[]): T[] {
	return tasks.map((t) => {
		const inside = links.filter((l) => l.start >= t.startMs - 1 && l.start < t.startMs + t.ms);
		if (!inside.length) return t;
		return { ...t, shaderLinks: { count: inside.length, ms: Math.round(inside.reduce((sum, l) => sum + l.duration, 0)) } };
	});
}

/** The path of a script URL under the site ("/_app/immutable/chunks/abc.js"), or the URL as it is. */
export function shortURL(url: string): string {
	const m = /^https?:\/\/[^/]+(\/.*)?$/.exec(url);
	return m ? (m[1] ?? '/') : url;
}

function share(s: RawScript): ScriptShare {
	const url = shortURL(s.sourceURL);
	const file = url.split('/').pop() || url;
	const what = s.sourceFunctionName ? `${s.sourceFunctionName} (${file || s.invokerType})` : s.invoker || s.invokerType || '?';
	return {
		what,
		url: url || s.invokerType,
		invoker: s.invoker,
		ms: Math.round(s.duration),
		forcedLayoutMs: Math.round(s.forcedStyleAndLayoutDuration)
	};
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

/**
 * Each long task with the scripts of the animation frames it overlaps. A long task is one task;
 * a long animation frame may hold several tasks and its rendering, so a script counts for a task
 * only when it ran inside the task's time.
 */
export function attributeLongTasks(tasks: readonly RawLongTask[], frames: readonly RawFrame[]): AttributedTask[] {
	return [...tasks]
		.sort((a, b) => a.start - b.start)
		.map((task) => {
			const end = task.start + task.duration;
			const scripts: ScriptShare[] = [];
			let styleAndLayoutMs = 0;
			for (const f of frames) {
				if (!overlaps(task.start, end, f.start, f.start + f.duration)) continue;
				for (const s of f.scripts) {
					// Scripts may start a hair before the task's rounded start: allow 1 ms.
					if (s.start >= task.start - 1 && s.start < end) scripts.push(share(s));
				}
				if (f.renderStart > 0 && f.styleAndLayoutStart >= task.start - 1 && f.styleAndLayoutStart < end) {
					styleAndLayoutMs += Math.max(0, Math.min(end, f.start + f.duration) - f.styleAndLayoutStart);
				}
			}
			scripts.sort((a, b) => b.ms - a.ms);
			const accounted = scripts.reduce((sum, s) => sum + s.ms, 0) + styleAndLayoutMs;
			return {
				startMs: Math.round(task.start),
				ms: Math.round(task.duration),
				scripts,
				styleAndLayoutMs: Math.round(styleAndLayoutMs),
				unattributedMs: Math.max(0, Math.round(task.duration - accounted))
			};
		});
}

export interface Culprit {
	what: string;
	url: string;
	/** Long tasks it ran in. */
	tasks: number;
	/** Its time in them, summed. */
	ms: number;
	/** Its longest single run. */
	maxMs: number;
}

/** The scripts behind a set of long tasks, by total time (the function, summed over tasks), the worst first. */
export function culprits(tasks: readonly AttributedTask[], limit = 8): Culprit[] {
	const by = new Map<string, Culprit>();
	for (const t of tasks) {
		for (const s of t.scripts) {
			const key = `${s.what}|${s.url}`;
			const c = by.get(key) ?? { what: s.what, url: s.url, tasks: 0, ms: 0, maxMs: 0 };
			c.tasks += 1;
			c.ms += s.ms;
			c.maxMs = Math.max(c.maxMs, s.ms);
			by.set(key, c);
		}
	}
	return [...by.values()].sort((a, b) => b.ms - a.ms).slice(0, limit);
}

export interface LongTasks {
	count: number;
	maxMs: number;
	/** Total blocking time of these tasks: what each spends over 50 ms, summed. */
	blockingMs: number;
	tasks: AttributedTask[];
	/** The functions behind them, by time spent in them. */
	culprits: Culprit[];
}

/** Long tasks, and the animation frames that name their scripts, from `from` to `to` (ms since navigation). */
export function longTasksBetween(
	tasks: readonly RawLongTask[],
	frames: readonly RawFrame[],
	from: number,
	to: number,
	links: readonly RawLink[] = []
): LongTasks {
	const inside = tasks.filter((t) => t.start >= from && t.start <= to);
	const attributed = withShaderLinks(attributeLongTasks(inside, frames), links);
	return {
		count: attributed.length,
		maxMs: Math.max(0, ...attributed.map((t) => t.ms)),
		blockingMs: attributed.reduce((sum, t) => sum + Math.max(0, t.ms - 50), 0),
		tasks: attributed,
		culprits: culprits(attributed)
	};
}

/** One line per task, for the console: "312 ms at 5.2 s: fn (file) 180 ms, … + style & layout 40 ms". */
export function describeTask(t: AttributedTask, label = ''): string {
	const parts = t.scripts
		.slice(0, 3)
		.map((s) => `${s.what} ${s.ms} ms${s.forcedLayoutMs ? ` (forced layout ${s.forcedLayoutMs} ms)` : ''}`);
	if (t.scripts.length > 3) parts.push(`${t.scripts.length - 3} more`);
	if (t.shaderLinks) parts.push(`of which waiting for ${t.shaderLinks.count} shader program(s) to compile ${t.shaderLinks.ms} ms`);
	if (t.styleAndLayoutMs) parts.push(`style & layout ${t.styleAndLayoutMs} ms`);
	if (t.unattributedMs) parts.push(`unattributed ${t.unattributedMs} ms`);
	return `${t.ms} ms at ${(t.startMs / 1000).toFixed(1)} s${label ? ` (${label})` : ''}: ${parts.join(', ') || 'no script named'}`;
}

/** Whether a 1-minute load average says the machine was busy: more runnable work than cores. */
export function isBusy(load1: number, cores: number): boolean {
	return load1 > cores;
}

/** The median of the finite values; NaN when there are none. */
export function medianOf(values: readonly number[]): number {
	const v = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (v.length === 0) return NaN;
	const mid = Math.floor(v.length / 2);
	return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** Below this share of the median speed, a run's slowest Lighthouse run marks the machine as uneven. */
export const UNEVEN_SPEED = 0.8;

/**
 * The slowest run's share of the median CPU benchmark index, when under UNEVEN_SPEED; null when
 * the speed held (or fewer than two runs measured it). The host of this kind of machine can slow
 * to half for minutes while its load average stays low (README, Benchmark): a busy machine the
 * load cannot see.
 */
export function unevenSpeed(indexes: readonly number[]): number | null {
	const known = indexes.filter(Number.isFinite);
	if (known.length < 2) return null;
	const share = Math.min(...known) / medianOf(known);
	return share < UNEVEN_SPEED ? share : null;
}

export interface WriteDecision {
	write: boolean;
	reason: string;
}

/**
 * Whether a run may rewrite the README's table and bench/latest.json: not when asked not to, and
 * not from a busy machine (its figures are not this machine's) unless forced: busy by its load, or
 * by an uneven speed across the Lighthouse runs (`indexes`, their CPU benchmark indexes).
 */
export function writeDecision(o: {
	load1: number;
	cores: number;
	noWrite: boolean;
	forceWrite: boolean;
	indexes?: readonly number[];
}): WriteDecision {
	if (o.noWrite) return { write: false, reason: '--no-write: README.md and bench/latest.json left as they are' };
	const share = unevenSpeed(o.indexes ?? []);
	const why = isBusy(o.load1, o.cores)
		? `the machine was busy (1-minute load ${o.load1} > ${o.cores} cores)`
		: share !== null
			? `the machine's speed was uneven (the slowest Lighthouse run at ${Math.round(share * 100)}% of the median CPU benchmark index)`
			: null;
	if (why && !o.forceWrite)
		return {
			write: false,
			reason: `${why}: README.md and bench/latest.json left as they are; run again on a quiet machine, or pass --force-write`
		};
	return {
		write: true,
		reason: why ? `--force-write: written though ${why}` : 'quiet machine: README.md and bench/latest.json updated'
	};
}
