/** Without WebGL2 the story still shows a map: the fixed map of each chapter, and no error. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { allStories, story, storyPath } from './helpers/stories';
import { askForMap, expectClean, launch, openPage, type Watched } from './helpers/browser';
import { wheelUntilActive } from './helpers/story';

const baseURL = inject('baseURL');
let browser: Browser;
let w: Watched;

beforeAll(async () => {
	browser = await launch(['--disable-webgl']);
	w = await openPage(browser);
});

afterAll(async () => {
	await browser?.close();
});

describe('the story without WebGL', () => {
	it('says so, shows the fixed map of the chapter being read, and throws nothing', async () => {
		const { page } = w;
		await page.goto(`${baseURL}/#kosovo`);
		await askForMap(page);
		await page.waitForSelector('.map-figure[data-status="failed"]');
		expect(await page.textContent('.map-figure__fallback')).toContain('could not start');
		const src = () => page.getAttribute('.map-figure__static', 'src');
		expect(await src()).toMatch(/\/data\/maps\/kosovo\.svg$/);
		await expect.poll(() => page.$eval('.map-figure__static', (img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(800);
		await wheelUntilActive(page, 'isaf');
		await expect.poll(src).toMatch(/\/data\/maps\/isaf\.svg$/);
		// The places still open from the chapter's list.
		await page.locator('#isaf button.place-button[data-place="uthil"]').click();
		await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
		expect(w.pageErrors).toEqual([]);
		expect(w.consoleErrors).toEqual([]);
		expect(w.foreignRequests).toEqual([]);
	});

	it('gives every chapter its own fixed map, with the note', async () => {
		// Reduced motion: each jump lands at once.
		const quick = await openPage(browser, { reducedMotion: 'reduce' });
		const { page } = quick;
		await page.goto(`${baseURL}/`);
		await askForMap(page);
		await page.waitForSelector('.map-figure[data-status="failed"]');
		for (const c of story.chapters) {
			const link = page.locator(`nav[aria-label="Chapters"] a[href="#${c.id}"]`);
			await link.focus();
			await page.keyboard.press('Enter');
			await expect
				.poll(() => page.getAttribute('.map-figure__static', 'src'), { message: c.id, timeout: 15_000 })
				.toMatch(new RegExp(`/data/maps/${c.id}\\.svg$`));
			await expect
				.poll(() => page.$eval('.map-figure__static', (img: HTMLImageElement) => img.complete && img.naturalWidth), {
					message: c.id,
					timeout: 15_000
				})
				.toBe(800);
			expect(await page.isVisible('.map-figure__fallback')).toBe(true);
			expect(await page.textContent('.map-figure figcaption')).toContain(c.caption);
		}
		// Nothing offers a map that cannot start.
		expect(await page.locator('button', { hasText: 'Explore the map' }).filter({ visible: true }).count()).toBe(0);
		expect(quick.pageErrors).toEqual([]);
		await quick.context.close();
	});
});

describe('the kiosk without WebGL', () => {
	it.each(allStories.map((s) => [s.id, s] as const))(
		'“%s”: every chapter’s fixed map fills the screen and names each of its places clear of the chapter card',
		async (_, s) => {
			const k = await openPage(browser, { viewport: { width: 1920, height: 1080 }, hasTouch: true, reducedMotion: 'reduce' });
			const { page } = k;
			await page.goto(`${baseURL}${storyPath(s, 'kiosk')}?dwell=600&testing`);
			await page.waitForSelector('.kiosk-map img.kiosk-map__static');
			for (const [i, c] of s.chapters.entries()) {
				if (i > 0) await page.locator('.kiosk-nav button').last().click();
				await expect
					.poll(() => page.getAttribute('.kiosk-map img.kiosk-map__static', 'src'), { message: c.id })
					.toMatch(new RegExp(`/data/maps/${c.id}-kiosk\\.svg$`));
				await page.waitForFunction(() => document.querySelector<HTMLImageElement>('.kiosk-map img.kiosk-map__static')?.complete);
				// The map's name labels, read from the SVG and placed where the image shows them.
				const seen = await page.evaluate(async () => {
					const img = document.querySelector<HTMLImageElement>('.kiosk-map img.kiosk-map__static')!;
					const svg = new DOMParser().parseFromString(await (await fetch(img.currentSrc)).text(), 'image/svg+xml');
					const [, , vw, vh] = svg.documentElement.getAttribute('viewBox')!.split(' ').map(Number);
					const box = img.getBoundingClientRect();
					const scale = Math.max(box.width / vw!, box.height / vh!);
					const dx = box.x + (box.width - vw! * scale) / 2;
					const dy = box.y + (box.height - vh! * scale) / 2;
					const card = document.querySelector('.kiosk-card')!.getBoundingClientRect();
					return [...svg.querySelectorAll('rect[rx="3"] + text')].map((t) => {
						const r = t.previousElementSibling!;
						const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a)));
						const left = dx + x! * scale;
						const top = dy + y! * scale;
						const right = left + w! * scale;
						const bottom = top + h! * scale;
						return {
							text: [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '),
							onScreen: left >= 0 && top >= 0 && right <= innerWidth && bottom <= innerHeight,
							clearOfCard: left >= card.right || top >= card.bottom
						};
					});
				});
				for (const id of c.places) {
					const name = s.places.get(id)!.name;
					const label = seen.find((l) => l.text.includes(name));
					expect(label, `${c.id}: ${name} is named`).toBeDefined();
					expect(label!.onScreen, `${c.id}: ${name} is on the screen`).toBe(true);
					expect(label!.clearOfCard, `${c.id}: ${name} is clear of the card`).toBe(true);
				}
			}
			expectClean(k);
			await k.context.close();
		}
	);
});

describe('the story when MapLibre fails to start', () => {
	it('falls back to the fixed maps with the note, and throws nothing', async () => {
		const b = await launch();
		const failing = await openPage(b);
		try {
			const { page } = failing;
			// The map's data cannot be read: the map rejects at start-up, as on any other failure.
			await page.route('**/data/places.geojson', (route) => route.fulfill({ status: 500, body: 'broken' }));
			await page.goto(`${baseURL}/#iraq`);
			await askForMap(page);
			await page.waitForSelector('.map-figure[data-status="failed"]');
			expect(await page.textContent('.map-figure__fallback')).toContain('could not start');
			expect(await page.getAttribute('.map-figure__static', 'src')).toMatch(/\/data\/maps\/iraq\.svg$/);
			await page.locator('#iraq button.place-button[data-place="haditha-dam"]').click();
			await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
			expect(failing.pageErrors).toEqual([]);
		} finally {
			await b.close();
		}
	});
});
