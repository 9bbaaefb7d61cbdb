/**
 * Sizes and zoom: every control and marker is at least 24 by 24 CSS pixels (WCAG 2.5.8; links
 * inside running text are the rule's inline exception), and with text at 200% nothing is cut off,
 * scrolls sideways or overlaps.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, waitForMapOn } from './helpers/browser';

const baseURL = inject('baseURL');

interface Target {
	what: string;
	width: number;
	height: number;
	inline: boolean;
}

/** Every visible interactive element, its size, and whether it is a link inside running text. */
function targets(page: Page): Promise<Target[]> {
	return page.evaluate(() => {
		// Marker labels too: where dots coincide (approximate centres), the label is the button's own part.
		const sel = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"], .story-marker__label';
		const out: Target[] = [];
		for (const el of document.querySelectorAll<HTMLElement>(sel)) {
			// The map surface itself (explore mode) is the whole map.
			if (el.tagName === 'CANVAS') continue;
			// Skip links are out of sight until focused (the keyboard test checks them then).
			if (el.matches('.chapter__skips a:not(:focus)')) continue;
			if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
			const r = el.getBoundingClientRect();
			let block = el.parentElement;
			while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
			const ownText = el.textContent ?? '';
			const inline =
				getComputedStyle(el).display === 'inline' && !!block && (block.textContent ?? '').replace(ownText, '').trim().length > 0;
			const label = el.getAttribute('aria-label') ?? el.getAttribute('data-place') ?? ownText.trim().slice(0, 30);
			if (el.matches('.story-marker__label')) {
				out.push({ what: `marker label ${label}`, width: r.width, height: r.height, inline: false });
				continue;
			}
			out.push({ what: `${el.tagName.toLowerCase()} ${label}`, width: r.width, height: r.height, inline });
		}
		return out;
	});
}

function expectLargeEnough(found: Target[]) {
	expect(found.length).toBeGreaterThan(10);
	const small = found
		.filter((t) => !t.inline && (t.width < 23.9 || t.height < 23.9))
		.map((t) => `${t.what}: ${t.width.toFixed(1)} × ${t.height.toFixed(1)}`);
	expect(small).toEqual([]);
}

/**
 * What is lost at this zoom: sideways scrolling of the page, text cut off by a box that hides
 * its overflow, and boxes of text or controls that overlap.
 */
function losses(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const root = document.documentElement;
		if (root.scrollWidth > root.clientWidth + 1) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
		const name = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].join('.') : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
		const shown = (el: Element) => (el as HTMLElement).checkVisibility?.({ visibilityProperty: true, contentVisibilityAuto: true }) ?? true;
		for (const el of document.querySelectorAll('body *')) {
			if (!shown(el) || el.closest('.visually-hidden, .maplibregl-map') || el.matches('.chapter__skips a:not(:focus)')) continue;
			const cs = getComputedStyle(el);
			const clips = (o: string) => o === 'hidden' || o === 'clip';
			if (clips(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`cut off sideways: ${name(el)}`);
			if (clips(cs.overflowY) && el.scrollHeight > el.clientHeight + 1) problems.push(`cut off below: ${name(el)}`);
		}
		// Boxes that must not overlap one another: the text of the story, the overlays on the map,
		// the chapter links. (On phones the story's cards pass over the map by design.)
		const groups = [
			'main *',
			'.map-figure__controls button, .map-figure__legend, .map-figure__caption, .map-figure__fallback',
			'.chapter-nav a'
		];
		const boxes: Element[] = [];
		const group: number[] = [];
		groups.forEach((sel, g) => {
			for (const el of document.querySelectorAll(sel)) {
				if (!shown(el)) continue;
				const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
				if (hasText || g > 0) {
					boxes.push(el);
					group.push(g);
				}
			}
		});
		// One box per line: a link that wraps has a bounding box spanning both lines, which would
		// "overlap" the links beside it on either line.
		const rects = boxes.map((el) => [...el.getClientRects()]);
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i]!, boxes[j]!];
				if (group[i] !== group[j] || a.contains(b) || b.contains(a)) continue;
				const hit = rects[i]!.some((ra) =>
					rects[j]!.some((rb) => {
						const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
						const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
						return w > 2 && h > 2;
					})
				);
				if (hit) problems.push(`overlap: ${name(a)} and ${name(b)}`);
			}
		}
		return problems;
	});
}

let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
});

describe('target size', () => {
	it('on the story, with its markers, a place open, and the map’s own controls while exploring', async () => {
		const w = await openPage(browser, { reducedMotion: 'reduce' });
		const { page } = w;
		await page.goto(`${baseURL}/#isaf`);
		await waitForMapOn(page, 'isaf');
		const found = await targets(page);
		expect(found.filter((t) => t.what.startsWith('button') && /kabul|uthil|doghan/.test(t.what)).length).toBeGreaterThan(3);
		expectLargeEnough(found);
		// Only links inside sentences (citations, links in notes) are let off.
		const inline = found.filter((t) => t.inline);
		expect(inline.every((t) => t.what.startsWith('a '))).toBe(true);

		expect(found.filter((t) => t.what.startsWith('marker label')).length).toBeGreaterThan(3);
		// Uthil's dot lies under Kabul's (both at the city): its label is what a reader clicks.
		await page.locator('.story-marker[data-place="uthil"] .story-marker__label').click();
		await page.getByRole('dialog').waitFor();
		expectLargeEnough(await targets(page));
		await page.keyboard.press('Escape');

		await page.locator('.map-figure__controls button', { hasText: 'Explore the map' }).click();
		await page.waitForSelector('.maplibregl-ctrl-zoom-in');
		const exploring = await targets(page);
		expect(exploring.map((t) => t.what)).toContain('button Zoom in');
		expectLargeEnough(exploring);
		await w.context.close();
	});

	it('on a phone, and on a place’s page', async () => {
		const w = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
		const { page } = w;
		await page.goto(`${baseURL}/#kosovo`);
		await waitForMapOn(page, 'kosovo');
		expectLargeEnough(await targets(page));
		await page.goto(`${baseURL}/places/haditha-dam`);
		const found = await targets(page);
		expect(found.filter((t) => !t.inline).length).toBeGreaterThan(0);
		expect(found.filter((t) => !t.inline && (t.width < 23.9 || t.height < 23.9))).toEqual([]);
		await w.context.close();
	});
});

describe('text at 200%', () => {
	it('loses nothing on a wide screen (text-only zoom)', async () => {
		const w = await openPage(browser, { reducedMotion: 'reduce' });
		const { page } = w;
		await page.goto(`${baseURL}/#iraq`);
		await waitForMapOn(page, 'iraq');
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		for (const id of ['intro', 'iraq', 'unmiss']) {
			await page.locator(`#${id}`).scrollIntoViewIfNeeded();
			expect(await losses(page), id).toEqual([]);
		}
		await w.context.close();
	});

	it('loses nothing with the page zoomed to 200% (a 640 px wide window)', async () => {
		const w = await openPage(browser, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
		const { page } = w;
		await page.goto(`${baseURL}/#kosovo`);
		await waitForMapOn(page, 'kosovo');
		expect(await losses(page)).toEqual([]);
		await page.goto(`${baseURL}/places/doghan-base`);
		expect(await losses(page)).toEqual([]);
		await w.context.close();
	});
});
