/**
 * Printing the story gives a document (the @media print blocks in src/lib/styles/ and beside the
 * components in src/lib/components/): every chapter in order, each starting a page, with its fixed
 * map, facts, quotes and places; the end notes with their URLs; no navigation, buttons or live map.
 * Checked in Chromium's print layout and in its PDF, read back with poppler's pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { story } from './helpers/stories';
import { fillFigures } from '$lib/story/model';
import { expectClean, launch, openPage, type Watched } from './helpers/browser';

const baseURL = inject('baseURL');
let browser: Browser;
let w: Watched;
let dir: string;
/** The PDF's text, one entry a page. */
let pages: string[];

/**
 * Text without spaces, line breaks and hyphens: a URL or a heading may wrap anywhere, and
 * pdftotext drops a hyphen that ends a line.
 */
const squash = (s: string) => s.replace(/[\s-]+/g, '').toLowerCase();
/**
 * The fixed maps draw their data credit into the picture ("… GeoNames · OurAirports"), as text
 * with a halo: found in a chapter's pages, the map was drawn there. The page's own text never
 * names OurAirports.
 */
const MAP_MARK = 'ourairports';

beforeAll(async () => {
	browser = await launch();
	w = await openPage(browser, { viewport: { width: 1280, height: 800 } });
	await w.page.goto(`${baseURL}/`);
	// The print layout, as the page's own checks see it; the PDF is printed as Chromium prints,
	// loading the lazy fixed maps that the screen never showed.
	await w.page.emulateMedia({ media: 'print' });
	dir = mkdtempSync(join(tmpdir(), 'story-pdf-'));
	writeFileSync(join(dir, 'story.pdf'), await w.page.pdf({ format: 'A4' }));
	pages = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'story.pdf'), '-'], { encoding: 'utf8' }).split('\f');
});

afterAll(async () => {
	await browser?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the printed story', () => {
	it('lays out a document: fixed maps in the chapters, no navigation, buttons or live map', async () => {
		const shown = await w.page.evaluate(() => {
			const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
			return {
				maps: [...document.querySelectorAll('section.chapter')].map((s) => {
					const img = s.querySelector<HTMLImageElement>('.chapter__static-map img');
					return img && visible(img) ? img.getBoundingClientRect().height : 0;
				}),
				buttons: [...document.querySelectorAll('button:not(.place-button), summary, .copy-link, nav, .skip-link')]
					.filter(visible)
					.map((el) => el.outerHTML.slice(0, 80)),
				// The places print as names, with nothing of a button about them.
				placeLooks: [
					...new Set(
						[...document.querySelectorAll('.place-button')].map((el) => {
							const css = getComputedStyle(el);
							return `${css.borderTopWidth} ${css.backgroundColor} ${css.paddingLeft}`;
						})
					)
				],
				liveMap: [...document.querySelectorAll('.map-figure, canvas')].filter(visible).length
			};
		});
		expect(shown.maps.length).toBe(story.chapters.length);
		for (const [i, h] of shown.maps.entries()) expect(h, story.chapters[i]!.id).toBeGreaterThan(200);
		// The timeline's table opens in print; its summary stays as a heading, not a control.
		expect(shown.buttons.filter((b) => !b.startsWith('<summary'))).toEqual([]);
		expect(shown.placeLooks).toEqual(['0px rgba(0, 0, 0, 0) 0px']);
		expect(shown.liveMap).toBe(0);
		expectClean(w);
	});

	it('has every chapter heading, in order, each starting a page with its map drawn in it', () => {
		const text = pages.map(squash);
		let from = 0;
		const starts: number[] = [];
		for (const c of story.chapters) {
			const at = text.findIndex((t, i) => i >= from && t.includes(squash(c.title)));
			expect(at, `${c.id}: “${c.title}” in the PDF after page ${from + 1}`).toBeGreaterThanOrEqual(from);
			starts.push(at);
			from = at;
			// The first chapter follows the masthead; every other one opens its page.
			if (c.id !== story.chapters[0]!.id)
				expect(text[at]!.startsWith(squash(c.kicker + c.title)), `${c.id} opens page ${at + 1}`).toBe(true);
		}
		const sourcesAt = text.findIndex((t) => t.startsWith(squash('Sources')));
		expect(sourcesAt).toBeGreaterThan(starts.at(-1)!);
		expect(text.slice(0, starts[0]! + 1).join('')).toContain(squash(story.chapters[0]!.title));
		for (const [i, c] of story.chapters.entries()) {
			const chapterText = text.slice(starts[i], starts[i + 1] ?? sourcesAt).join('');
			expect(chapterText, `${c.id}: its map`).toContain(MAP_MARK);
			for (const f of c.facts ?? []) expect(chapterText, `${c.id}: fact ${f.label}`).toContain(squash(f.label));
			for (const q of c.quotes ?? []) expect(chapterText, `${c.id}: quote by ${q.speaker}`).toContain(squash(q.speaker));
			expect(chapterText, `${c.id}: caption`).toContain(squash(c.caption).slice(0, 40));
		}
	});

	it('gives each place’s details in the chapter that frames it', () => {
		const all = squash(pages.join(''));
		for (const p of story.places.values()) expect(all, p.id).toContain(squash(fillFigures(p.story.summary, story.figures)));
	});

	it('prints every end note with its URL', () => {
		const sources = squash(pages.slice(pages.findIndex((t) => squash(t).startsWith('sources'))).join(''));
		for (const n of story.endNotes) {
			expect(sources, n.id).toContain(squash(n.section));
			if (n.url) expect(sources, `${n.id}: ${n.url}`).toContain(squash(n.url));
		}
		expect(sources).toContain(squash(story.sourceNotes[0]!.topic));
	});
});
