/** Reader actions and page readings shared by the browser tests. */
import type { CDPSession, Page } from 'playwright-core';

/** A finger drag from (x, y) by dy pixels (negative: upwards, which scrolls the page down). */
export async function touchDrag(cdp: CDPSession, x: number, y: number, dy: number, steps = 10): Promise<void> {
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
	for (let i = 1; i <= steps; i++) {
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + (dy * i) / steps }] });
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Scrolls with the mouse wheel, as a reader would, until the chapter is the active one. */
export async function wheelUntilActive(page: Page, chapter: string, maxSteps = 80): Promise<void> {
	const box = page.viewportSize() ?? { width: 1280, height: 800 };
	await page.mouse.move(box.width * 0.2, box.height * 0.6);
	for (let i = 0; i < maxSteps; i++) {
		if ((await activeChapter(page)) === chapter) return;
		await wheelStep(page, 350);
	}
	throw new Error(`Chapter "${chapter}" never became active (active: ${await activeChapter(page)})`);
}

/** Resolves after the page has drawn `n` more frames: it has handled the input sent before. */
export function nextFrames(page: Page, n = 1): Promise<void> {
	return page.evaluate(
		(n) =>
			new Promise<void>((done) => {
				const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : done());
				step(n);
			}),
		n
	);
}

/** One turn of the mouse wheel, as a reader gives it: the next waits until the page has drawn it. */
export async function wheelStep(page: Page, dy: number): Promise<void> {
	await page.mouse.wheel(0, dy);
	await nextFrames(page, 2);
}

/** The chapter the navigation marks as current. */
export function activeChapter(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const a = document.querySelector('nav[aria-label="Chapters"] a[aria-current="step"]');
		return a?.getAttribute('href')?.slice(1) ?? null;
	});
}

export interface CanvasReading {
	/** Distinct colours in a 160 px wide copy of the canvas. */
	distinct: number;
	/** A 48 x 30 grey-level thumbnail, for comparing views. */
	thumb: number[];
}

/** Reads the map canvas' pixels (the page runs with ?testing, which preserves the drawing buffer). */
export function readCanvas(page: Page, selector = '.map-figure canvas'): Promise<CanvasReading> {
	return page.evaluate((selector) => {
		const canvas = document.querySelector<HTMLCanvasElement>(selector);
		if (!canvas) throw new Error('no map canvas');
		const copy = (w: number, h: number) => {
			const off = document.createElement('canvas');
			off.width = w;
			off.height = h;
			const ctx = off.getContext('2d')!;
			ctx.drawImage(canvas, 0, 0, w, h);
			return ctx.getImageData(0, 0, w, h).data;
		};
		const big = copy(160, Math.max(1, Math.round((160 * canvas.height) / canvas.width)));
		const colours = new Set<number>();
		for (let i = 0; i < big.length; i += 4) colours.add((big[i]! << 16) | (big[i + 1]! << 8) | big[i + 2]!);
		const small = copy(48, 30);
		const thumb: number[] = [];
		for (let i = 0; i < small.length; i += 4) thumb.push((small[i]! + small[i + 1]! + small[i + 2]!) / 3);
		return { distinct: colours.size, thumb };
	}, selector);
}

/** Mean absolute grey-level difference between two thumbnails (0-255). */
export function thumbDifference(a: readonly number[], b: readonly number[]): number {
	let sum = 0;
	for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
	return sum / a.length;
}

/** Resolves once the page has stopped scrolling (a swipe's fling is over): five frames unmoved. */
export function scrollSettled(page: Page): Promise<void> {
	return page.evaluate(
		() =>
			new Promise<void>((done) => {
				let last = scrollY;
				let still = 0;
				const check = () => {
					still = scrollY === last ? still + 1 : 0;
					last = scrollY;
					if (still >= 5) done();
					else requestAnimationFrame(check);
				};
				requestAnimationFrame(check);
			})
	);
}
