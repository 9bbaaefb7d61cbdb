/**
 * The story as a reader uses it, in Chromium against the built site: scrolling through every
 * chapter, the map following, places opening their details with mouse, keyboard and touch,
 * deep links, and nothing leaving the machine.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { story } from './helpers/stories';
import { launch, openPage, waitForMapOn, type Watched, expectClean } from './helpers/browser';
import {
	activeChapter,
	nextFrames,
	readCanvas,
	scrollSettled,
	thumbDifference,
	touchDrag,
	wheelStep,
	wheelUntilActive,
	type CanvasReading
} from './helpers/story';

const baseURL = inject('baseURL');
const chapterIds = story.chapters.map((c) => c.id);
const captionOf = (id: string) => story.chapters.find((c) => c.id === id)!.caption;

let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
});

describe('scrolling through the story', () => {
	let w: Watched;
	const readings = new Map<string, CanvasReading>();

	beforeAll(async () => {
		w = await openPage(browser);
		await w.page.goto(`${baseURL}/?testing`);
		// The reader stays on the first screen, touching nothing: the map starts by itself.
		await waitForMapOn(w.page, 'intro', { ask: false });
	});

	afterAll(async () => {
		await w?.context.close();
	});

	it('starts the map by itself while the reader stays on the first chapter, and it is not blank', async () => {
		const reading = await readCanvas(w.page);
		expect(reading.distinct).toBeGreaterThan(20);
		readings.set('intro', reading);
	});

	it('activates every chapter in turn, updating hash, navigation, caption and map', async () => {
		const { page } = w;
		for (const id of chapterIds.slice(1)) {
			await wheelUntilActive(page, id);
			await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
			const current = await page.$$eval('nav[aria-label="Chapters"] a[aria-current="step"]', (as) => as.map((a) => a.getAttribute('href')));
			expect(current).toEqual([`#${id}`]);
			await expect.poll(() => page.textContent('figure.map-figure figcaption')).toContain(captionOf(id));
			await waitForMapOn(page, id);
			const reading = await readCanvas(page);
			expect(reading.distinct, `map for ${id} is blank`).toBeGreaterThan(20);
			readings.set(id, reading);
		}
		// Each chapter's view differs from the previous one.
		for (let i = 1; i < chapterIds.length; i++) {
			const a = readings.get(chapterIds[i - 1]!)!;
			const b = readings.get(chapterIds[i]!)!;
			expect(thumbDifference(a.thumb, b.thumb), `${chapterIds[i - 1]} -> ${chapterIds[i]}`).toBeGreaterThan(2);
		}
	});

	it('announces the map view in a polite live region inside the figure', async () => {
		const live = await w.page.$eval('figure.map-figure figcaption', (el) => el.getAttribute('aria-live'));
		expect(live).toBe('polite');
	});

	it('made no request beyond 127.0.0.1 and logged no error', () => {
		expectClean(w);
	});
});

describe('places', () => {
	let w: Watched;

	beforeAll(async () => {
		w = await openPage(browser, { reducedMotion: 'reduce' });
	});

	afterAll(async () => {
		await w?.context.close();
	});

	it('opens a place from its map marker, and Escape closes it and returns focus', async () => {
		const { page } = w;
		await page.goto(`${baseURL}/#kosovo`);
		await waitForMapOn(page, 'kosovo');
		const marker = page.locator('.story-marker[data-place="dragash"]');
		await expect.poll(() => marker.isVisible()).toBe(true);
		const name = story.places.get('dragash')!.name;
		expect((await marker.getAttribute('aria-label')) ?? (await marker.textContent())?.trim()).toBe(name);
		await marker.click();
		const dialog = page.getByRole('dialog', { name });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(await dialog.getAttribute('aria-modal')).toBe('false');
		await expect.poll(() => dialog.textContent()).toContain('How the position is known');
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-place'))).toBe('dragash');
	});

	it('opens a place from the chapter list, and the close button returns focus', async () => {
		const { page } = w;
		await page.goto(`${baseURL}/#iraq`);
		await waitForMapOn(page, 'iraq');
		const button = page.locator('#iraq button.place-button[data-place="haditha-dam"]');
		await button.click();
		const place = story.places.get('haditha-dam')!;
		const dialog = page.getByRole('dialog', { name: place.name });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		await expect.poll(() => dialog.textContent()).toContain('Approximate position');
		await dialog.getByRole('button', { name: 'Close details' }).click();
		await expect.poll(() => dialog.count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.closest('#iraq') != null)).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-place'))).toBe('haditha-dam');
	});

	it('opens a place with the keyboard alone', async () => {
		const { page } = w;
		await page.goto(`${baseURL}/#unmiss`);
		await waitForMapOn(page, 'unmiss');
		await page.locator('#unmiss button.place-button[data-place="juba"]').focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: story.places.get('juba')!.name });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		// Focus moved into the panel, to its heading.
		expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') != null)).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-place'))).toBe('juba');
		// Space works too.
		await page.keyboard.press('Space');
		await expect.poll(() => dialog.isVisible()).toBe(true);
		await page.keyboard.press('Escape');
	});

	it('gives every place its own page', async () => {
		const { page } = w;
		for (const place of story.places.values()) {
			const res = await page.goto(`${baseURL}/places/${place.id}`);
			expect(res?.status(), place.id).toBe(200);
			expect(await page.textContent('h1')).toBe(place.name);
		}
		expectClean(w);
	});
});

describe('deep links', () => {
	it('starts the reader at /#iraq with the map already on Iraq', async () => {
		const w = await openPage(browser);
		const { page } = w;
		// Record where Ramadi's marker is drawn while it is shown: a map that flew to Iraq would
		// move it across many positions; a map that starts on Iraq places it once.
		await page.addInitScript(() => {
			const seen = new Set<string>();
			(window as unknown as { __ramadi: Set<string> }).__ramadi = seen;
			new MutationObserver(() => {
				const m = document.querySelector<HTMLElement>('.story-marker[data-place="ramadi"]');
				if (m && !m.hidden) seen.add(m.style.transform);
			}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'hidden'] });
		});
		// The browser's own jump to #iraq fires a scroll, which starts the map; when it comes is
		// up to the browser. Make it come at the worst moment: right after the page has mounted,
		// before it goes live (a microtask after the map's loader starts listening).
		await page.addInitScript(() => {
			const add = window.addEventListener.bind(window);
			let fired = false;
			window.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: AddEventListenerOptions) => {
				add(type, listener, options);
				if (type === 'scroll' && options?.capture && !fired) {
					fired = true;
					queueMicrotask(() => window.dispatchEvent(new Event('scroll')));
				}
			}) as typeof window.addEventListener;
		});
		await page.goto(`${baseURL}/?testing#iraq`);
		await waitForMapOn(page, 'iraq');
		const positions = await page.evaluate(() => (window as unknown as { __ramadi: Set<string> }).__ramadi.size);
		expect(positions).toBeGreaterThan(0);
		expect(positions).toBeLessThanOrEqual(3);
		expect(await activeChapter(page)).toBe('iraq');
		const figure = await page.locator('.map-figure').boundingBox();
		const dam = await page.locator('.story-marker[data-place="haditha-dam"]').boundingBox();
		expect(figure && dam).toBeTruthy();
		// The dam's marker is on the map, inside the figure.
		expect(dam!.x).toBeGreaterThan(figure!.x);
		expect(dam!.x).toBeLessThan(figure!.x + figure!.width);
		expect(dam!.y).toBeGreaterThan(figure!.y);
		expect(dam!.y).toBeLessThan(figure!.y + figure!.height);
		// The section is where the reader is.
		const top = await page.$eval('#iraq', (el) => el.getBoundingClientRect().top);
		expect(Math.abs(top)).toBeLessThan(400);
		expectClean(w);
		await w.context.close();
	});

	it('lays out later chapters as the reader nears them on a fresh visit, every chapter on a reload, and the reader lands on the chapter asked for', async () => {
		const w = await openPage(browser, { reducedMotion: 'reduce' });
		const { page } = w;
		const visibility = () => page.$$eval('section.chapter', (els) => els.map((el) => getComputedStyle(el).contentVisibility));
		await page.goto(`${baseURL}/?testing`);
		const navBottom = await page.$eval('nav[aria-label="Chapters"]', (el) => el.getBoundingClientRect().bottom);
		// The chapter's top just under the navigation (a jump and a deep link differ by a few pixels).
		const landedOn = async (id: string) => {
			const top = await page.$eval(`#${id}`, (el) => el.getBoundingClientRect().top);
			return top >= navBottom - 1 && top < navBottom + 40;
		};
		expect(await visibility()).toEqual(['visible', ...chapterIds.slice(1).map(() => 'auto')]);
		// A jump from the navigation over chapters never laid out (their heights still estimates)
		// lands on its chapter and stays there while the chapters around it are laid out.
		await page.click('nav[aria-label="Chapters"] a[href="#iraq"]');
		await scrollSettled(page);
		await nextFrames(page, 5);
		expect(await activeChapter(page)).toBe('iraq');
		expect(await landedOn('iraq')).toBe(true);
		// A reload keeps the reader's chapter (the URL has it), with every chapter laid out.
		await page.waitForFunction(() => location.hash === '#iraq');
		await page.reload();
		await page.waitForFunction(() => document.querySelector('nav[aria-label="Chapters"] a[aria-current="step"]'));
		expect(await visibility()).toEqual(chapterIds.map(() => 'visible'));
		expect(await activeChapter(page)).toBe('iraq');
		expect(await landedOn('iraq')).toBe(true);
		expectClean(w);
		await w.context.close();
	});

	it('ignores an unknown hash and starts at the beginning', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${baseURL}/#nowhere`);
		await waitForMapOn(w.page, 'intro');
		expect(await activeChapter(w.page)).toBe('intro');
		expectClean(w);
		await w.context.close();
	});

	it('ignores a hash that is not valid percent-encoding and starts at the beginning', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${baseURL}/#%E0`);
		await waitForMapOn(w.page, 'intro');
		expect(await activeChapter(w.page)).toBe('intro');
		expectClean(w);
		await w.context.close();
	});
});

describe('the map does not trap the scroll', () => {
	it('scrolls the page when the wheel turns over the map, and zooms the map only in explore mode', async () => {
		const w = await openPage(browser, { reducedMotion: 'reduce' });
		const { page } = w;
		await page.goto(`${baseURL}/#kosovo`);
		await waitForMapOn(page, 'kosovo');
		const fig = (await page.locator('.map-figure').boundingBox())!;
		await page.mouse.move(fig.x + fig.width / 2, fig.y + fig.height / 2);
		const before = await page.evaluate(() => scrollY);
		await page.mouse.wheel(0, 500);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 200);

		await page.getByRole('button', { name: 'Explore the map' }).click();
		const chapter = await activeChapter(page);
		const y = await page.evaluate(() => scrollY);
		const zoomBefore = await page.locator('.story-marker:not([hidden])').first().boundingBox();
		await page.mouse.move(fig.x + fig.width / 2, fig.y + fig.height / 2);
		await page.mouse.wheel(0, -400);
		// The map zooms under the wheel, and the page stays where it was.
		await expect.poll(() => page.locator('.story-marker:not([hidden])').first().boundingBox()).not.toEqual(zoomBefore);
		await scrollSettled(page);
		expect(await page.evaluate(() => scrollY)).toBe(y);
		await page.getByRole('button', { name: 'Back to the story' }).click();
		await waitForMapOn(page, chapter!);
		expect(await page.getByRole('button', { name: 'Explore the map' }).isVisible()).toBe(true);
		expectClean(w);
		await w.context.close();
	});

	it('on a phone, a touch swipe over the map scrolls the story and a tap opens a place', async () => {
		const w = await openPage(browser, {
			viewport: { width: 390, height: 844 },
			deviceScaleFactor: 2,
			isMobile: true,
			hasTouch: true,
			reducedMotion: 'reduce'
		});
		const { page } = w;
		await page.goto(`${baseURL}/#isaf`);
		await waitForMapOn(page, 'isaf');
		const cdp = await w.context.newCDPSession(page);
		// A finger swipe up in the gap between cards, where only the map is under the finger.
		await page.evaluate(() => document.querySelector('#isaf')!.scrollIntoView({ block: 'end' }));
		await scrollSettled(page);
		const under = await page.evaluate(() => document.elementFromPoint(195, 700)?.closest('.map-figure') != null);
		expect(under, 'the map is under the finger').toBe(true);
		const start = await page.evaluate(() => scrollY);
		await touchDrag(cdp, 195, 700, -400);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(start + 150);
		// The swipe's fling must be over, or it carries the page past the chapter we jump back to.
		await scrollSettled(page);

		await page.goto(`${baseURL}/#isaf`);
		await waitForMapOn(page, 'isaf');
		const button = page.locator('#isaf button.place-button[data-place="kabul-tv-tower"]');
		await button.scrollIntoViewIfNeeded();
		await button.tap();
		const dialog = page.getByRole('dialog', { name: story.places.get('kabul-tv-tower')!.name });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expectClean(w);
		await w.context.close();
	});
});

describe('the keyboard alone', () => {
	it('walks the chapters from the navigation with the arrow keys, and the map follows', async () => {
		const w = await openPage(browser, { reducedMotion: 'reduce' });
		const { page } = w;
		await page.goto(`${baseURL}/`);
		await waitForMapOn(page, 'intro');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the story');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#intro');
		for (const id of chapterIds.slice(1)) {
			await page.keyboard.press('ArrowRight');
			expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`#${id}`);
			await expect.poll(() => activeChapter(page)).toBe(id);
			await waitForMapOn(page, id);
		}
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => activeChapter(page)).toBe('unmiss');
		expectClean(w);
		await w.context.close();
	});
});

describe('the prerendered prose', () => {
	/** Every chapter's text, facts and quotes, and the Sources section, as the reader sees them. */
	const readProse = (page: import('playwright-core').Page) =>
		page.$$eval('#story section.chapter :is(.chapter__card > p, .facts, .quote), #sources', (els) =>
			els.map((e) => e.textContent!.replace(/\s+/g, ' ').trim())
		);

	it('stays as the server wrote it once the page has hydrated and the map has loaded', async () => {
		const still = await openPage(browser, { javaScriptEnabled: false });
		await still.page.goto(`${baseURL}/`);
		const written = await readProse(still.page);
		await still.context.close();

		const w = await openPage(browser);
		const warnings: string[] = [];
		w.page.on('console', (m) => {
			if (m.type() === 'warning' && /hydrat/i.test(m.text())) warnings.push(m.text());
		});
		await w.page.goto(`${baseURL}/#legacy`);
		await waitForMapOn(w.page, 'legacy');
		const read = await readProse(w.page);
		expect(read).toEqual(written);
		for (const c of story.chapters) {
			for (const p of c.paragraphs.filter((p) => !p.text.includes('{{'))) expect(read.join(' ')).toContain(p.text.replace(/\s+/g, ' '));
		}
		expect(await w.page.locator('#legacy .timeline svg a').count()).toBeGreaterThan(4);
		expect(warnings).toEqual([]);
		expectClean(w);
		await w.context.close();
	});

	it('is there when the reader comes back from a place’s page', async () => {
		const w = await openPage(browser, { reducedMotion: 'reduce' });
		await w.page.goto(`${baseURL}/places/haditha-dam`);
		await w.page.getByRole('link', { name: '← Back to the story' }).click();
		await waitForMapOn(w.page, 'iraq');
		const first = story.chapters.find((c) => c.id === 'iraq')!.paragraphs[0]!.text;
		expect(await w.page.locator('#iraq').textContent()).toContain(first);
		expectClean(w);
		await w.context.close();
	});
});

describe('citations', () => {
	it('link to their end note, which keeps its hash until the reader scrolls back into a chapter', async () => {
		const w = await openPage(browser, { reducedMotion: 'reduce' });
		const { page } = w;
		await page.goto(`${baseURL}/#kosovo`);
		await waitForMapOn(page, 'kosovo');
		const cite = page.locator('#kosovo a.cite').first();
		const href = (await cite.getAttribute('href'))!;
		await cite.click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
		const note = page.locator(href);
		await expect.poll(() => note.isVisible()).toBe(true);
		// The jump is over and the chapters it passed have had their turn: the hash stays.
		await scrollSettled(page);
		await nextFrames(page, 2);
		expect(await page.evaluate(() => location.hash)).toBe(href);
		// Scrolling back up into the story gives the hash back to the chapters.
		await page.mouse.move(200, 400);
		for (let i = 0; i < 80 && (await activeChapter(page)) === 'legacy'; i++) {
			await wheelStep(page, -400);
		}
		const active = await activeChapter(page);
		expect(active).not.toBe('legacy');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${active}`);
		expectClean(w);
		await w.context.close();
	});
});

describe('exploring the map on a phone', () => {
	it('takes the screen, pans under the finger instead of scrolling, and goes back to the story', async () => {
		const w = await openPage(browser, {
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true,
			reducedMotion: 'reduce'
		});
		const { page } = w;
		await page.goto(`${baseURL}/#iraq`);
		await waitForMapOn(page, 'iraq');
		const fab = page.locator('.explore-fab');
		await fab.tap();
		const figure = page.locator('.map-figure');
		await expect.poll(async () => (await figure.boundingBox())?.height).toBe(844);
		const marker = page.locator('.story-marker[data-place="haditha-dam"]');
		const before = (await marker.boundingBox())!;
		const y = await page.evaluate(() => scrollY);
		const cdp = await w.context.newCDPSession(page);
		await touchDrag(cdp, 200, 600, -200);
		await expect.poll(async () => (await marker.boundingBox())!.y).toBeLessThan(before.y - 100);
		expect(await page.evaluate(() => scrollY)).toBe(y);
		await page.getByRole('button', { name: 'Back to the story' }).tap();
		await waitForMapOn(page, 'iraq');
		await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('explore-fab'))).toBe(true);
		expectClean(w);
		await w.context.close();
	});
});

describe('the data', () => {
	it('serves every place and area as GeoJSON at /data/places.geojson', async () => {
		const res = await fetch(`${baseURL}/data/places.geojson`);
		expect(res.status).toBe(200);
		const fc = (await res.json()) as GeoJSON.FeatureCollection;
		expect(fc.type).toBe('FeatureCollection');
		const ids = fc.features.map((f) => f.id);
		expect(new Set(ids)).toEqual(new Set(story.places.keys()));
		for (const f of fc.features) {
			expect(typeof f.properties?.name, String(f.id)).toBe('string');
			expect(['exact', 'approximate']).toContain(f.properties?.certainty);
			expect(Array.isArray(f.properties?.sources)).toBe(true);
			if (f.properties?.certainty === 'approximate') {
				expect(f.properties?.radius_m, String(f.id)).toBeGreaterThan(0);
				expect(f.properties?.certainty_note, String(f.id)).toBeTruthy();
			}
		}
	});
});
