/**
 * Reduced motion: with the system setting, or with the page's "Reduce motion" switch (which is
 * remembered), the map arrives at each chapter's view at once instead of flying there.
 *
 * How a move is observed: MapLibre positions each marker with a CSS transform on every camera
 * frame. A jump gives a marker its new position once; a flight walks it through many.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { story } from './helpers/stories';
import { launch, openPage, waitForMapOn } from './helpers/browser';
import { activeChapter } from './helpers/story';

const baseURL = inject('baseURL');
const chapterIds = story.chapters.map((c) => c.id);

interface Path {
	/** Distinct positions a marker of the chapter took, in order, the last being where it stays. */
	positions: string[];
}

/** Goes to a chapter from the navigation, recording the positions a marker of it takes. */
async function pathTo(page: Page, chapter: string): Promise<Path> {
	const place = story.chapters.find((c) => c.id === chapter)!.places[0]!;
	await page.evaluate((id) => {
		const el = document.querySelector<HTMLElement>(`.story-marker[data-place="${id}"]`)!;
		// Only changes of position count (other style changes, such as visibility, do not).
		const seen: string[] = [];
		let last = el.style.transform;
		const observer = new MutationObserver(() => {
			if (el.style.transform !== last) seen.push((last = el.style.transform));
		});
		observer.observe(el, { attributes: true, attributeFilter: ['style'] });
		(window as unknown as { __positions: () => string[] }).__positions = () => {
			observer.disconnect();
			return seen;
		};
	}, place);
	await page.locator(`nav[aria-label="Chapters"] a[href="#${chapter}"]`).click();
	// A smooth scroll across several chapters takes a while on a busy machine.
	await expect.poll(() => activeChapter(page), { timeout: 20_000 }).toBe(chapter);
	await waitForMapOn(page, chapter);
	const positions = await page.evaluate(() => (window as unknown as { __positions: () => string[] }).__positions());
	return { positions };
}

/**
 * A jump: no position between the old view and the new one. (A marker that was hidden may first
 * be brought up to date in the old view, hence up to two positions.)
 */
function expectJump({ positions }: Path, label: string) {
	expect(new Set(positions).size, `${label}: ${positions.join(' | ')}`).toBeLessThanOrEqual(2);
}

/** A flight: the marker passes through other positions before it settles. */
function expectFlight({ positions }: Path, label: string) {
	expect(new Set(positions).size, `${label}: ${positions.join(' | ')}`).toBeGreaterThanOrEqual(3);
}

/** Uses the switch in the masthead (which brings the reader back to the first chapter). */
async function switchMotion(page: Page, pressed: 'true' | 'false'): Promise<void> {
	const toggle = page.getByRole('button', { name: 'Reduce motion' });
	await toggle.click();
	expect(await toggle.getAttribute('aria-pressed')).toBe(pressed);
	await expect.poll(() => activeChapter(page), { timeout: 15_000 }).toBe('intro');
	await waitForMapOn(page, 'intro');
}

let browser: Browser;

beforeAll(async () => {
	// Maps in flight most of the time: GPU compositing (see launch).
	browser = await launch([], { softwareCompositing: false });
});

afterAll(async () => {
	await browser?.close();
});

describe('reduced motion', () => {
	it('with the system setting, the map jumps to every chapter’s view', async () => {
		const w = await openPage(browser, { reducedMotion: 'reduce' });
		const { page } = w;
		await page.goto(`${baseURL}/?testing`);
		await waitForMapOn(page, 'intro');
		expect(await page.getAttribute('button[aria-pressed]', 'aria-pressed')).toBe('true');
		for (const id of chapterIds.slice(1)) {
			expectJump(await pathTo(page, id), id);
		}
		expect(w.pageErrors).toEqual([]);
		await w.context.close();
	});

	it('with the page’s switch, remembered on reload; switched off, the map flies again', async () => {
		const w = await openPage(browser, { reducedMotion: 'no-preference' });
		const { page } = w;
		await page.goto(`${baseURL}/?testing`);
		await waitForMapOn(page, 'intro');
		const toggle = page.getByRole('button', { name: 'Reduce motion' });
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		// Full motion: a flight.
		expectFlight(await pathTo(page, 'kosovo'), 'kosovo');

		await switchMotion(page, 'true');
		expectJump(await pathTo(page, 'iraq'), 'iraq');

		await page.reload();
		await waitForMapOn(page, 'iraq');
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		expect(await page.evaluate(() => document.documentElement.classList.contains('reduce-motion'))).toBe(true);
		expectJump(await pathTo(page, 'isaf'), 'isaf');

		await switchMotion(page, 'false');
		expectFlight(await pathTo(page, 'unmiss'), 'unmiss');
		expect(w.pageErrors).toEqual([]);
		await w.context.close();
	});
});
