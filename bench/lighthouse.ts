/**
 * Lighthouse (mobile and desktop presets) against Debian's Chromium, launched by chrome-launcher
 * with the flags the browser tests use. Returns the figures the benchmark reports, and enough of
 * the diagnosis (LCP element, long tasks) to see why a score is what it is.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/helpers/browser';

export type Preset = 'mobile' | 'desktop';

export interface LighthouseFigures {
	preset: Preset;
	performance: number;
	accessibility: number;
	fcpMs: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	speedIndexMs: number;
	/** Transfer size by resource type, in bytes, as Lighthouse counted it. */
	bytes: Record<string, number>;
	requests: number;
	lcpElement: string | null;
	/** Main-thread tasks over 50 ms that Lighthouse saw, with their source where known. */
	longTasks: { url: string; startMs: number; durationMs: number }[];
	/** The accessibility audits that failed, if any. */
	accessibilityFailures: string[];
	/**
	 * Lighthouse's measure of this machine's CPU (`environment.benchmarkIndex`, a fixed workload
	 * run before the page; higher is faster). Its simulated throttling scales with the machine,
	 * so scores from machines of unlike index differ for the same page.
	 */
	benchmarkIndex: number;
}

interface AuditDetails {
	items?: Record<string, unknown>[];
}

export async function runLighthouse(url: string, preset: Preset): Promise<LighthouseFigures> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS]
	});
	try {
		const flags: Flags = {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility']
		};
		const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
		if (!result) throw new Error('Lighthouse returned no result');
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		const audit = (id: string) => lhr.audits[id];
		const num = (id: string) => audit(id)?.numericValue ?? NaN;
		const items = (id: string) => ((audit(id)?.details as AuditDetails | undefined)?.items ?? []) as Record<string, unknown>[];

		const bytes: Record<string, number> = {};
		let requests = 0;
		for (const item of items('resource-summary')) {
			const type = String(item.resourceType);
			if (type === 'total') requests = Number(item.requestCount);
			bytes[type] = Number(item.transferSize);
		}
		const lcpItems = items('largest-contentful-paint-element');
		// LH 12 nests the element in a table inside a list.
		const lcpTable = (lcpItems[0] as { items?: { node?: { snippet?: string } }[] } | undefined)?.items;
		const lcpElement = lcpTable?.[0]?.node?.snippet ?? null;
		const accessibilityFailures = Object.values(lhr.categories.accessibility?.auditRefs ?? [])
			.map((ref) => lhr.audits[ref.id])
			.filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
			.map((a) => a!.id);
		return {
			preset,
			performance: lhr.categories.performance?.score ?? NaN,
			accessibility: lhr.categories.accessibility?.score ?? NaN,
			fcpMs: num('first-contentful-paint'),
			lcpMs: num('largest-contentful-paint'),
			tbtMs: num('total-blocking-time'),
			cls: num('cumulative-layout-shift'),
			speedIndexMs: num('speed-index'),
			bytes,
			requests,
			lcpElement,
			longTasks: items('long-tasks').map((t) => ({
				url: String(t.url),
				startMs: Math.round(Number(t.startTime)),
				durationMs: Math.round(Number(t.duration))
			})),
			accessibilityFailures,
			benchmarkIndex: lhr.environment.benchmarkIndex
		};
	} finally {
		chrome.kill();
	}
}
