/**
 * The site's stories, as a reader and a museum visitor use them: the index lists every story; each
 * story other than the first, under /stories/<id>/, reads and maps like the first (every chapter
 * scrolled to, the map following with the chapter's places on top, its places' pages, its chapter
 * cards and data); the kiosk's menu opens any story's kiosk, which offers the way back and returns
 * to the menu when left alone.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, waitForMapOn, expectClean } from './helpers/browser';
import { waitForMode } from './helpers/kiosk';
import { wheelUntilActive } from './helpers/story';
import { allStories, otherStories, storyPath } from './helpers/stories';

const baseURL = inject('baseURL');

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('the index of stories', () => {
	it('lists every story with its title, standfirst and overview map, each a link that opens it', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${baseURL}/stories`);
		const items = await w.page.$$eval('.story-index__story', (lis) =>
			lis.map((li) => ({
				title: li.querySelector('h2')?.textContent?.trim(),
				href: li.querySelector('h2 a')?.getAttribute('href'),
				map: li.querySelector('img')?.getAttribute('src')
			}))
		);
		expect(items.map((i) => i.title)).toEqual(allStories.map((s) => s.meta.title));
		for (const [i, s] of allStories.entries()) {
			const res = await fetch(new URL(items[i]!.href!, `${baseURL}/stories`));
			expect(res.status, s.id).toBe(200);
			expect(await res.text(), s.id).toContain(s.meta.title);
			expect((await fetch(new URL(items[i]!.map!, `${baseURL}/stories`))).status, `${s.id} map`).toBe(200);
		}
		expectClean(w);
		await w.context.close();
	});
});

describe.each(otherStories.map((s) => [s.id, s] as const))('the story “%s”, under its own prefix', (_id, s) => {
	it('scrolls through every chapter, the map following with the chapter’s places on top', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${baseURL}${storyPath(s)}?testing`);
		expect(await w.page.getAttribute('html', 'lang')).toBe(s.language);
		await waitForMapOn(w.page, s.chapters[0]!.id, { timeout: 60_000 });
		for (const c of s.chapters) {
			if (c !== s.chapters[0]) await wheelUntilActive(w.page, c.id);
			await waitForMapOn(w.page, c.id, { timeout: 60_000 });
			// Each of the chapter's places is named on the map by its own button, on top where it
			// stands: its dot, or, where dots would touch, its name stacked under a nearer one's.
			const onTop = await w.page.evaluate((ids) => {
				return ids.map((id) => {
					const button = document.querySelector<HTMLElement>(`.map-figure .story-marker[data-place="${id}"]`);
					if (!button || button.hidden) return `${id}: no marker`;
					const label = button.querySelector<HTMLElement>('.story-marker__label')!.getBoundingClientRect();
					const hit = document.elementFromPoint(label.left + label.width / 2, label.top + label.height / 2);
					if (!hit || !button.contains(hit)) return `${id}: its name is covered by ${hit?.className}`;
					const root = button.closest<HTMLElement>('.story-marker-root')!;
					if (root.classList.contains('is-follower')) return null;
					const dot = root.getBoundingClientRect();
					const atDot = document.elementFromPoint(dot.left + dot.width / 2, dot.top + dot.height / 2);
					return atDot && root.contains(atDot) ? null : `${id}: its dot is covered by ${atDot?.className}`;
				});
			}, c.places);
			expect(onTop.filter(Boolean), c.id).toEqual([]);
			// A label out of touch with its dot (a stack of names slid along a crowded place) has a
			// leader, and a leader ends on its label: no label is read as another dot's.
			const leaders = await w.page.evaluate(() => {
				const rect = (el: Element) => el.getBoundingClientRect();
				const shown = [...document.querySelectorAll<HTMLElement>('.map-figure .story-marker-root')].filter(
					(r) => !r.hidden && getComputedStyle(r).visibility !== 'hidden'
				);
				const labelOf = (r: HTMLElement) => r.querySelector('.story-marker-group__label') ?? r.querySelector('.story-marker__label')!;
				const problems: string[] = [];
				for (const root of shown.filter((r) => !r.classList.contains('is-follower'))) {
					// The label with the names stacked under it: the followers' labels below it, flush left.
					const box = rect(labelOf(root));
					const { left, top } = box;
					let [right, bottom] = [box.right, box.bottom];
					for (let more = true; more;) {
						more = false;
						for (const f of shown.filter((r) => r.classList.contains('is-follower'))) {
							const b = rect(labelOf(f));
							if (Math.abs(b.left - left) < 1.5 && Math.abs(b.top - bottom) < 1.5)
								[right, bottom, more] = [Math.max(right, b.right), b.bottom, true];
						}
					}
					const dot = rect(root);
					const [x, y] = [dot.left + dot.width / 2, dot.top + dot.height / 2];
					const [nx, ny] = [Math.max(left, Math.min(x, right)), Math.max(top, Math.min(y, bottom))];
					const distance = Math.hypot(nx - x, ny - y);
					const name = labelOf(root).textContent?.trim().slice(0, 24);
					const r = Math.max(8, dot.width / 2 - 5);
					const has = root.classList.contains('has-leader');
					if (distance > r + 3 + 6 + 1 && !has) problems.push(`${name}: ${Math.round(distance)} px from its dot, no leader`);
					if (!has) continue;
					const style = getComputedStyle(root);
					const angle = (parseFloat(style.getPropertyValue('--leader-angle')) * Math.PI) / 180;
					const to = parseFloat(style.getPropertyValue('--leader-from')) + parseFloat(style.getPropertyValue('--leader-length'));
					const [ex, ey] = [x + Math.cos(angle) * to, y + Math.sin(angle) * to];
					if (Math.hypot(ex - nx, ey - ny) > 2)
						problems.push(`${name}: its leader ends ${Math.round(Math.hypot(ex - nx, ey - ny))} px off its label`);
				}
				return problems;
			});
			expect(leaders, c.id).toEqual([]);
		}
		expectClean(w);
		await w.context.close();
	});

	it('has a page per place, a card per chapter and its data, all under its prefix', async () => {
		const place = [...s.places.values()][0]!;
		const pages = [
			storyPath(s, `places/${place.id}`),
			storyPath(s, `embed/${s.chapters[0]!.id}`),
			storyPath(s, 'embed/'),
			storyPath(s, 'kiosk')
		];
		for (const path of pages) expect((await fetch(`${baseURL}${path}`)).status, path).toBe(200);
		const geojson = (await (await fetch(`${baseURL}${storyPath(s, 'data/places.geojson')}`)).json()) as { features: { id: string }[] };
		expect(geojson.features.map((f) => f.id).sort()).toEqual([...s.places.keys()].sort());
		const csv = await (await fetch(`${baseURL}${storyPath(s, 'data/places.csv')}`)).text();
		expect(csv.split('\r\n').filter(Boolean)).toHaveLength(s.places.size + 1);
		const w = await openPage(browser);
		await w.page.goto(`${baseURL}${storyPath(s, `places/${place.id}`)}`);
		await expect.poll(() => w.page.textContent('h1')).toBe(place.name);
		// Back to the story: its own address, not the first story's.
		const back = await w.page.getAttribute('.breadcrumb a', 'href');
		expect(new URL(back!, w.page.url()).pathname).toBe(storyPath(s));
		expectClean(w);
		await w.context.close();
	});
});

describe('the kiosk’s menu of stories', () => {
	it('opens a story’s kiosk at a touch; its way back, and an idle reset, return to the menu', async () => {
		const w = await openPage(browser, { viewport: { width: 1920, height: 1080 }, hasTouch: true });
		await w.page.goto(`${baseURL}/kiosk/menu?idle=3&countdown=1`);
		const cards = w.page.locator('.kiosk-menu__story');
		await expect.poll(() => cards.count()).toBe(allStories.length);
		const target = allStories.at(-1)!;
		await cards.nth(allStories.length - 1).tap();
		await w.page.waitForURL((u) => u.pathname === storyPath(target, 'kiosk'));
		expect(new URL(w.page.url()).searchParams.get('idle')).toBe('3');
		// Its loop has started (the map need not have arrived: kiosk.test.ts follows the map).
		await waitForMode(w.page, 'attract');
		await w.page.locator('.kiosk-card').waitFor();
		// A visitor: the kiosk leaves its loop; left alone, it counts down and goes back to the menu.
		await w.page.locator('.kiosk-card').tap();
		await waitForMode(w.page, 'explore');
		await expect.poll(() => w.page.locator('.kiosk-button--menu').isVisible()).toBe(true);
		await w.page.waitForURL((u) => u.pathname === '/kiosk/menu', { timeout: 30_000 });
		// And the way back by hand.
		await cards.first().tap();
		await w.page.waitForURL((u) => u.pathname === storyPath(allStories[0]!, 'kiosk'));
		await w.page.locator('.kiosk-button--menu').tap();
		await w.page.waitForURL((u) => u.pathname === '/kiosk/menu');
		expectClean(w);
		await w.context.close();
	});
});
