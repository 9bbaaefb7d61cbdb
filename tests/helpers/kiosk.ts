/** Readings and actions for the kiosk's browser tests. */
import type { CDPSession, Page } from 'playwright-core';

export interface KioskReading {
	mode: string;
	chapter: string;
	index: number;
	loops: number;
	status: string;
	scene: string;
}

export function readKiosk(page: Page): Promise<KioskReading> {
	return page.evaluate(() => {
		const k = document.querySelector<HTMLElement>('.kiosk');
		const m = document.querySelector<HTMLElement>('.kiosk-map');
		return {
			mode: k?.dataset.mode ?? '',
			chapter: k?.dataset.chapter ?? '',
			index: Number(k?.dataset.index ?? -1),
			loops: Number(k?.dataset.loops ?? -1),
			status: m?.dataset.status ?? '',
			scene: m?.dataset.scene ?? ''
		};
	});
}

/** Waits until the kiosk is in a mode (attract, explore, countdown). */
export async function waitForMode(page: Page, mode: string, timeout = 30_000): Promise<void> {
	await page.waitForFunction((m) => document.querySelector<HTMLElement>('.kiosk')?.dataset.mode === m, mode, { timeout });
}

/** Waits until the kiosk's map has settled on a chapter's view. */
export async function waitForKioskMapOn(page: Page, chapter: string, timeout = 30_000): Promise<void> {
	await page.waitForFunction(
		(id) => {
			const m = document.querySelector<HTMLElement>('.kiosk-map');
			return m?.dataset.status === 'idle' && m.dataset.scene === id;
		},
		chapter,
		{ timeout }
	);
}

/** Records, in the page, every chapter the kiosk shows from now on (read with `chaptersSeen`). */
export async function recordChapters(page: Page): Promise<void> {
	await page.evaluate(() => {
		const k = document.querySelector<HTMLElement>('.kiosk')!;
		const seen: string[] = [k.dataset.chapter ?? ''];
		(window as unknown as { __seen: string[] }).__seen = seen;
		new MutationObserver(() => {
			const id = k.dataset.chapter ?? '';
			if (seen[seen.length - 1] !== id) seen.push(id);
		}).observe(k, { attributes: true, attributeFilter: ['data-chapter'] });
	});
}

export function chaptersSeen(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
}

/** A one-finger horizontal drag from (x, y) by dx pixels. */
export async function touchSwipe(cdp: CDPSession, x: number, y: number, dx: number, steps = 8): Promise<void> {
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
	for (let i = 1; i <= steps; i++) {
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / steps, y }] });
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Two fingers moving apart (spread > 0) or together around (x, y). */
export async function pinch(cdp: CDPSession, x: number, y: number, spread: number, steps = 8): Promise<void> {
	const at = (d: number) => [
		{ x: x - d, y, id: 1 },
		{ x: x + d, y, id: 2 }
	];
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(40) });
	for (let i = 1; i <= steps; i++) {
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(40 + (spread * i) / steps) });
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** What the kiosk's map holds (the page runs with ?testing). */
export function mapStats(page: Page) {
	return page.evaluate(() =>
		(
			window as unknown as {
				__kioskMap?: () => { layers: number; sources: number; markers: number; controls: number; zoom: number } | null;
			}
		).__kioskMap?.()
	);
}
