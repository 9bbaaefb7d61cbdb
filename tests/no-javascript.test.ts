/** Without JavaScript the prerendered HTML still holds the whole story: text, places and sources. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { story } from './helpers/stories';
import { fillFigures } from '$lib/story/model';
import { launch, openPage, type Watched } from './helpers/browser';

const baseURL = inject('baseURL');
let browser: Browser;
let w: Watched;

beforeAll(async () => {
	browser = await launch();
	w = await openPage(browser, { javaScriptEnabled: false });
	await w.page.goto(`${baseURL}/`);
});

afterAll(async () => {
	await browser?.close();
});

describe('the story without JavaScript', () => {
	it('has every chapter as a section with its heading and its text', async () => {
		const sections = await w.page.$$eval('section.chapter', (els) => els.map((el) => el.id));
		expect(sections).toEqual(story.chapters.map((c) => c.id));
		for (const c of story.chapters) {
			expect(await w.page.textContent(`#${c.id} h2`)).toBe(c.title);
			const text = (await w.page.textContent(`#${c.id}`)) ?? '';
			for (const p of c.paragraphs) expect(text).toContain(fillFigures(p.text, story.figures));
		}
	});

	it('lists every chapter place as a link to its page, and each page exists', async () => {
		const checked = new Set<string>();
		for (const c of story.chapters) {
			expect(await w.page.locator(`#${c.id} .chapter__places button`).count(), c.id).toBe(0);
			const links = await w.page.$$eval(`#${c.id} .chapter__places a.place-button`, (els) =>
				els.map((el) => ({ id: el.getAttribute('data-place'), href: (el as HTMLAnchorElement).href }))
			);
			expect(links.map((l) => l.id)).toEqual(c.places);
			for (const { id, href } of links) {
				expect(new URL(href).pathname, id!).toBe(`/places/${id}`);
				if (checked.has(href)) continue;
				checked.add(href);
				const res = await fetch(href);
				expect(res.status, href).toBe(200);
				expect(await res.text()).toContain(`<h1`);
			}
		}
		expect(checked.size).toBe(story.places.size);
		// Following one, as a reader would, opens the place's page.
		const page = await w.context.newPage();
		await page.goto(`${baseURL}/`);
		await page.locator('#iraq .chapter__places a[data-place="haditha-dam"]').click();
		await page.waitForURL(/\/places\/haditha-dam$/);
		expect(await page.textContent('h1')).toBe(story.places.get('haditha-dam')!.name);
		await page.close();
	});

	it('shows each chapter with its own fixed map, drawn at build time', async () => {
		const maps = await w.page.$$eval('section.chapter .chapter__static-map img', (imgs) =>
			imgs.map((img) => (img as HTMLImageElement).getAttribute('src'))
		);
		expect(maps).toEqual(story.chapters.map((c) => `./data/maps/${c.id}.svg`));
		const img = w.page.locator('#iraq .chapter__static-map img');
		await img.scrollIntoViewIfNeeded();
		await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(800);
		expect(await w.page.isVisible('.scrolly__map')).toBe(false);
	});

	it('holds the end notes and the notes on the sources', async () => {
		const notes = await w.page.$$eval('#sources .endnotes li', (els) => els.map((el) => el.id));
		expect(notes).toEqual(story.endNotes.map((n) => `note-${n.id}`));
		for (const n of story.sourceNotes) {
			expect(await w.page.textContent(`#source-note-${n.id}`)).toContain(n.topic);
		}
	});

	it('opens each place on its own page, with its details and its fixed map', async () => {
		const page = await w.context.newPage();
		for (const id of ['haditha-dam', 'doghan-base', 'juba']) {
			const place = story.places.get(id)!;
			await page.goto(`${baseURL}/places/${id}`);
			expect(await page.textContent('h1')).toBe(place.name);
			expect(await page.textContent('main')).toContain(fillFigures(place.story.summary, story.figures));
			const img = page.locator('main .chapter__static-map img');
			await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(800);
		}
		await page.close();
	});

	it('shows no control that needs JavaScript, and marks no chapter as the current one', async () => {
		const shown = await w.page.$$eval('button, [role="button"]', (els) =>
			els.filter((el) => (el as HTMLElement).checkVisibility({ visibilityProperty: true })).map((el) => el.textContent?.trim())
		);
		expect(shown, 'buttons that would do nothing').toEqual([]);
		// The chapter bar still lists and links every chapter; it cannot know which one is read.
		expect(await w.page.locator('nav[aria-label="Chapters"] a[href^="#"]').count()).toBe(story.chapters.length);
		expect(await w.page.locator('nav[aria-label="Chapters"] [aria-current]').count()).toBe(0);
	});

	it('resolves every citation link to an end note on the page', async () => {
		const targets = await w.page.$$eval('a.cite', (as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
		expect(targets.length).toBeGreaterThan(10);
		for (const href of targets) expect(await w.page.$(href!), href!).not.toBeNull();
	});
});
