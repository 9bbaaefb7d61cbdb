/**
 * `npm run bench`: a benchmark, not a test. Builds the site, serves it gzipped on a free port of
 * 127.0.0.1, measures Lighthouse (mobile and desktop presets) and a reader's session in Chromium,
 * writes the figures to bench/results/ (JSON), prints a table and each long task with the
 * scripts that ran in it, checks the targets, and rewrites the README's benchmark table and
 * bench/latest.json (the committed figures it shows) — but not from a busy machine: when the
 * 1-minute load average at the start is above the core count, the figures are not this machine's.
 *
 *   npm run bench                      # build, 5 Lighthouse runs per preset, README updated if quiet
 *   npm run bench -- --no-build        # measure the existing build/
 *   npm run bench -- --runs 1          # quicker, noisier
 *   npm run bench -- --no-write        # do not touch README.md and bench/latest.json
 *   npm run bench -- --force-write     # rewrite them even from a busy machine
 *   npm run bench -- --no-minify       # build without minifying, so long tasks name their functions (never written)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { KB, gzipSize, mapLibreFiles } from './bytes';
import { runLighthouse, type LighthouseFigures, type Preset } from './lighthouse';
import { writeDecision } from './attribution';
import { longTaskReport, machineLine, renderReadmeTable, replaceBetweenMarkers, speedLine, targetsOf, type BenchResult } from './report';
import { serveBuild } from './serve';
import { runSession } from './session';
import { CHROMIUM } from '../tests/helpers/browser';

const BUILD = 'build';

// Five: Lighthouse's own advice (docs/variability.md: the median of five runs is about twice as
// stable as one); with three, the blocking time's median moved by 50 ms between two runs of one build.
const DEFAULT_RUNS = 5;

const { values: args } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		'no-write': { type: 'boolean', default: false },
		'force-write': { type: 'boolean', default: false },
		'no-minify': { type: 'boolean', default: false },
		runs: { type: 'string', default: String(DEFAULT_RUNS) }
	}
});
const runs = Math.max(1, Number(args.runs) || DEFAULT_RUNS);

function log(message: string) {
	process.stderr.write(`[bench] ${message}\n`);
}

/** The run whose performance score is the median (Lighthouse's own advice for noisy machines). */
function median(results: LighthouseFigures[]): LighthouseFigures {
	const sorted = [...results].sort((a, b) => a.performance - b.performance || a.tbtMs - b.tbtMs);
	return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

const loadAverage = () => os.loadavg().map((n) => Number(n.toFixed(2)));

function machine(): BenchResult['machine'] {
	const cpus = os.cpus();
	let chromium = 'unknown';
	try {
		chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
	} catch {
		// Reported as unknown; Lighthouse will fail later with a clearer message.
	}
	return {
		hostname: os.hostname(),
		cpu: `${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length}`,
		cores: cpus.length,
		memoryGB: Math.round(os.totalmem() / 1024 ** 3),
		os: `${os.type()} ${os.release()}`,
		node: process.version,
		chromium,
		/** Load average when the benchmark started: above the core count, the figures are noisy. */
		loadAverage: loadAverage(),
		loadAverageAtEnd: []
	};
}

async function main() {
	const started = new Date();
	const host = machine();
	log(`machine: ${machineLine(host)}`);
	if (!args['no-build']) {
		log(args['no-minify'] ? 'building, not minified…' : 'building…');
		execFileSync('npm', ['run', 'build', ...(args['no-minify'] ? ['--', '--minify', 'false'] : [])], {
			stdio: ['ignore', 'ignore', 'inherit']
		});
	}
	const site = await serveBuild(BUILD);
	log(`serving ${BUILD}/ at ${site.baseURL}`);
	try {
		const map = mapLibreFiles(BUILD);
		const lighthouse: Record<Preset, LighthouseFigures[]> = { mobile: [], desktop: [] };
		for (const preset of ['mobile', 'desktop'] as const) {
			for (let i = 0; i < runs; i++) {
				log(`Lighthouse ${preset} ${i + 1}/${runs}…`);
				try {
					lighthouse[preset].push(await runLighthouse(`${site.baseURL}/`, preset));
				} catch (error) {
					// One failed run (a browser that did not start in time) leaves the others standing.
					log(`Lighthouse ${preset} run ${i + 1} failed: ${String(error)}`);
				}
			}
			if (lighthouse[preset].length === 0) throw new Error(`Every Lighthouse ${preset} run failed`);
		}
		log('reader session: map start, three scroll-throughs…');
		const session = await runSession(site.baseURL, BUILD, map.files);

		const result: BenchResult = {
			date: started.toISOString(),
			durationS: Math.round((Date.now() - started.getTime()) / 1000),
			machine: { ...host, loadAverageAtEnd: loadAverage() },
			html: { gzipKB: Number((gzipSize(`${BUILD}/index.html`) / KB).toFixed(1)) },
			lighthouse: {
				mobile: median(lighthouse.mobile),
				desktop: median(lighthouse.desktop),
				runs: {
					mobile: lighthouse.mobile.map((r) => r.performance),
					desktop: lighthouse.desktop.map((r) => r.performance),
					benchmarkIndex: [...lighthouse.mobile, ...lighthouse.desktop].map((r) => r.benchmarkIndex),
					mobileTbtMs: lighthouse.mobile.map((r) => r.tbtMs)
				}
			},
			session,
			targets: []
		};
		result.targets = targetsOf(result);

		mkdirSync('bench/results', { recursive: true });
		const json = `${JSON.stringify(result, null, '\t')}\n`;
		const stamp = started.toISOString().replace(/[:.]/g, '-');
		writeFileSync(`bench/results/${stamp}.json`, json);
		writeFileSync('bench/results/latest.json', json);

		const table = renderReadmeTable(result);
		process.stdout.write(`\n${table}\n\n${longTaskReport(result)}\n\n`);
		log(`machine: ${machineLine(result.machine)}. ${speedLine(result.lighthouse.runs.benchmarkIndex)}`);
		const decision = args['no-minify']
			? { write: false, reason: '--no-minify: figures of an unminified build are not written' }
			: writeDecision({
					load1: host.loadAverage[0] ?? 0,
					cores: host.cores,
					noWrite: args['no-write'],
					forceWrite: args['force-write'],
					indexes: result.lighthouse.runs.benchmarkIndex
				});
		if (decision.write) {
			writeFileSync('bench/latest.json', json);
			const readme = readFileSync('README.md', 'utf8');
			writeFileSync('README.md', replaceBetweenMarkers(readme, table));
		}
		log(decision.reason);
		log(`results in bench/results/${stamp}.json`);
		const missed = result.targets.filter((t) => !t.met);
		log(missed.length ? `targets missed: ${missed.map((t) => t.name).join('; ')}` : 'all targets met');
	} finally {
		await site.close();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
