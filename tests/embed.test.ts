/**
 * Embeds in a newsroom's page: a host page on another origin loads the real pym.js parent and
 * embeds a chapter's map card and the whole story. The iframes size themselves, the card shows its
 * chapter and leaves the host's scroll alone, links open in the top window, and hostile messages
 * change nothing.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { story } from './helpers/stories';
import { serveHost, PYM, type Host } from './helpers/host';
import { launch, openPage, type Watched, expectClean } from './helpers/browser';
import { scrollSettled, touchDrag, wheelStep } from './helpers/story';

const baseURL = inject('baseURL');
const iraq = story.chapters.find((c) => c.id === 'iraq')!;

let browser: Browser;
let host: Host;
let hostURL: string;

beforeAll(async () => {
	// The host is another origin (another port), as a newsroom's site would be.
	host = await serveHost({
		'/host.html': ['text/html', 'tests/fixtures/embed-host.html'],
		...PYM
	});
	hostURL = host.url;
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
	await host?.close();
});

async function openHost(pages: string[], { viewport = { width: 1280, height: 800 }, plain = false } = {}): Promise<Watched> {
	const w = await openPage(browser, { viewport });
	await w.page.goto(`${hostURL}/host.html?embed=${encodeURIComponent(baseURL)}&pages=${pages.join(',')}${plain ? '&plain' : ''}`);
	return w;
}

/** The embed's frame, once its page has loaded. */
async function embedFrame(page: Page, index: number): Promise<Frame> {
	const handle = await page.waitForSelector(`#embed-${index} iframe`);
	const frame = await handle.contentFrame();
	if (!frame) throw new Error('no frame');
	await frame.waitForSelector('.embed-root');
	return frame;
}

/** The iframe's height in the host, and its content's height inside it. */
async function heights(page: Page, index: number, frame: Frame) {
	const iframe = await page.$eval(`#embed-${index} iframe`, (el) => el.getBoundingClientRect().height);
	const content = await frame.evaluate(() => ({
		root: document.querySelector('.embed-root')!.getBoundingClientRect().height,
		overflow: document.documentElement.scrollHeight - window.innerHeight
	}));
	return { iframe, ...content };
}

async function expectSized(page: Page, index: number, frame: Frame) {
	await expect
		.poll(
			async () => {
				const h = await heights(page, index, frame);
				return Math.abs(h.iframe - h.root) <= 2 && h.overflow <= 2;
			},
			{ timeout: 20_000 }
		)
		.toBe(true);
}

describe('a chapter’s map card in a pym.js host', () => {
	let w: Watched;
	let frame: Frame;

	beforeAll(async () => {
		w = await openHost(['/embed/iraq?testing']);
		frame = await embedFrame(w.page, 0);
		await frame.waitForFunction(() => document.querySelector('.map-figure')?.getAttribute('data-status') === 'idle', null, {
			timeout: 30_000
		});
	});

	afterAll(async () => {
		await w?.context.close();
	});

	it('is as tall as its content, on a desktop and then at phone width', async () => {
		await expectSized(w.page, 0, frame);
		const wide = (await heights(w.page, 0, frame)).iframe;
		await w.page.setViewportSize({ width: 375, height: 700 });
		await expectSized(w.page, 0, frame);
		// Narrower text wraps onto more lines: the iframe grew with it.
		expect((await heights(w.page, 0, frame)).iframe).not.toBe(wide);
		await w.page.setViewportSize({ width: 1280, height: 800 });
		await expectSized(w.page, 0, frame);
	});

	it('posts its height in the Pym, AMP and iframe.resize formats', async () => {
		const received = (await w.page.evaluate(() => (window as unknown as { received: { data: unknown }[] }).received)).map((m) => m.data);
		const height = Math.round((await heights(w.page, 0, frame)).root);
		const near = (h: number) => Math.abs(h - height) <= 2;
		const pym = received.filter((d): d is string => typeof d === 'string' && d.startsWith('pymxPYMxembed-0xPYMxheightxPYMx'));
		expect(pym.some((d) => near(Number(d.split('xPYMx')[3])))).toBe(true);
		expect(
			received.some(
				(d) =>
					typeof d === 'object' && d !== null && (d as { sentinel?: string }).sentinel === 'amp' && near((d as { height: number }).height)
			)
		).toBe(true);
		const resize = received
			.filter((d): d is string => typeof d === 'string' && d.startsWith('{'))
			.map((d) => JSON.parse(d) as { context: string; src: string; height: number });
		expect(resize.some((r) => r.context === 'iframe.resize' && r.src.startsWith(`${baseURL}/embed/iraq`) && near(r.height))).toBe(true);
	});

	it('shows Iraq’s headline, summary, places and credit', async () => {
		expect(await frame.textContent('h1')).toBe(iraq.title);
		expect(await frame.textContent('.embed-card__summary')).toBe(iraq.summary);
		const buttons = await frame.$$eval('.embed-places .place-button', (els) => els.map((e) => e.getAttribute('data-place')));
		expect(buttons).toEqual(iraq.places);
		for (const id of iraq.places) {
			expect(await frame.locator(`.story-marker[data-place="${id}"]`).isVisible(), id).toBe(true);
		}
		// Other chapters' places are not highlighted.
		expect(await frame.locator('.story-marker[data-place="dragash"]').isVisible()).toBe(false);
		expect(await frame.textContent('.embed-card__credit')).toContain('Report on Peacekeeping Operations');
	});

	it('opens a place’s details inside the card, and the iframe grows to show them', async () => {
		const before = (await heights(w.page, 0, frame)).iframe;
		await frame.click('.embed-places .place-button[data-place="haditha-dam"]');
		await frame.waitForSelector('.embed-place h3');
		expect(await frame.textContent('.embed-place h3')).toBe(story.places.get('haditha-dam')!.name);
		await expectSized(w.page, 0, frame);
		expect((await heights(w.page, 0, frame)).iframe).toBeGreaterThan(before);
		await frame.press('.embed-place h3', 'Escape');
		await frame.waitForSelector('.embed-place', { state: 'detached' });
		await expectSized(w.page, 0, frame);
	});

	it('leaves the host page’s scroll alone: the wheel over the map scrolls the host', async () => {
		const box = (await (await w.page.$('#embed-0 iframe'))!.boundingBox())!;
		await w.page.evaluate(() => window.scrollTo(0, 0));
		const mapBox = await frame.$eval('.embed-map__frame', (el) => {
			const r = el.getBoundingClientRect();
			return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
		});
		await w.page.evaluate((y) => window.scrollTo(0, y), box.y + mapBox.y - 300);
		const startY = await w.page.evaluate(() => scrollY);
		const target = { x: box.x + mapBox.x, y: 300 };
		await w.page.mouse.move(target.x, target.y);
		await w.page.mouse.wheel(0, 400);
		await expect.poll(() => w.page.evaluate(() => scrollY)).toBeGreaterThan(startY);
		// The map did not move: its view is still the chapter's.
		expect(await frame.getAttribute('.map-figure', 'data-scene')).toBe('iraq');
		expect(await frame.getAttribute('.map-figure', 'data-status')).toBe('idle');
	});

	it('links to the full story at the chapter, in the top window', async () => {
		const link = frame.locator('.embed-card__more');
		expect(await link.getAttribute('target')).toBe('_top');
		await link.click();
		await w.page.waitForURL(`${baseURL}/#iraq`);
		expectClean(w);
	});
});

describe('a chapter’s map card on a phone', () => {
	it('lets a finger swipe over the map scroll the host page, until the reader explores the map', async () => {
		const w = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
		await w.page.goto(`${hostURL}/host.html?embed=${encodeURIComponent(baseURL)}&pages=/embed/iraq`);
		const frame = await embedFrame(w.page, 0);
		await frame.waitForFunction(() => document.querySelector('.map-figure')?.getAttribute('data-status') === 'idle', null, {
			timeout: 30_000
		});
		await expectSized(w.page, 0, frame);
		// Bring the map to the middle of the phone's screen, away from its markers' labels.
		const iframeTop = await w.page.$eval('#embed-0 iframe', (el) => el.getBoundingClientRect().top + scrollY);
		const map = await frame.$eval('.embed-map__frame', (el) => {
			const r = el.getBoundingClientRect();
			return { top: r.top, height: r.height };
		});
		await w.page.evaluate((y) => window.scrollTo(0, y), iframeTop + map.top - 200);
		const start = await w.page.evaluate(() => scrollY);
		const cdp = await w.context.newCDPSession(w.page);
		await touchDrag(cdp, 40, 200 + map.height - 20, -250);
		await expect.poll(() => w.page.evaluate(() => scrollY)).toBeGreaterThan(start + 100);
		expect(await frame.getAttribute('.map-figure', 'data-status')).toBe('idle');
		// Explored, the same swipe pans the map instead. (A tap during the fling would only stop it.)
		await scrollSettled(w.page);
		await frame.getByRole('button', { name: 'Explore the map' }).tap();
		await frame.waitForSelector('.map-figure.is-exploring');
		await w.page.evaluate((y) => window.scrollTo(0, y), iframeTop + map.top - 200);
		await scrollSettled(w.page);
		const before = await w.page.evaluate(() => scrollY);
		await touchDrag(cdp, 40, 200 + map.height - 20, -150);
		await scrollSettled(w.page);
		expect(await w.page.evaluate(() => scrollY)).toBe(before);
		expectClean(w);
		await w.context.close();
	});
});

describe('the whole story in a pym.js host', () => {
	let w: Watched;
	let frame: Frame;

	beforeAll(async () => {
		w = await openHost(['/embed/?testing']);
		frame = await embedFrame(w.page, 0);
	});

	afterAll(async () => {
		await w?.context.close();
	});

	/** The map's top edge in the host's viewport. */
	const mapTopInHost = async () => {
		const iframeTop = await w.page.$eval('#embed-0 iframe', (el) => el.getBoundingClientRect().top);
		return iframeTop + (await frame.$eval('.embed-story__map', (el) => el.getBoundingClientRect().top));
	};

	it('is scrollytelling driven by the host’s scroll, with one map', async () => {
		await frame.waitForSelector('html[data-embed-layout="grow"] .embed-story.is-scrolly');
		await frame.waitForFunction(() => document.querySelector('.map-figure')?.getAttribute('data-status') === 'idle', null, {
			timeout: 30_000
		});
		expect(await frame.$$eval('canvas', (els) => els.length)).toBe(1);
		await expectSized(w.page, 0, frame);
	});

	it('follows the chapter being read as the host page scrolls, the map held at the top of its viewport', async () => {
		await w.page.mouse.move(200, 400);
		for (let i = 0; i < 200; i++) {
			const active = await frame.$eval('.embed-chapter.is-active', (el) => el.getAttribute('data-chapter')).catch(() => null);
			if (active === 'iraq') break;
			await wheelStep(w.page, 300);
		}
		expect(await frame.$eval('.embed-chapter.is-active', (el) => el.getAttribute('data-chapter'))).toBe('iraq');
		await frame.waitForFunction(
			() => {
				const fig = document.querySelector('.map-figure');
				return fig?.getAttribute('data-status') === 'idle' && fig.getAttribute('data-scene') === 'iraq';
			},
			null,
			{ timeout: 30_000 }
		);
		// The iframe's top has scrolled far out of view; the map is at the top of the host's viewport.
		expect(await w.page.$eval('#embed-0 iframe', (el) => el.getBoundingClientRect().top)).toBeLessThan(-1000);
		await expect.poll(async () => Math.abs(await mapTopInHost())).toBeLessThanOrEqual(2);
		expect(await frame.locator('.story-marker[data-place="haditha-dam"]').isVisible()).toBe(true);
		expectClean(w);
	});
});

describe('the whole story in a plain iframe', () => {
	let w: Watched;
	let frame: Frame;

	beforeAll(async () => {
		w = await openHost(['/embed/'], { plain: true });
		frame = await embedFrame(w.page, 0);
	});

	afterAll(async () => {
		await w?.context.close();
	});

	it('is a story card: the title, the chapters linking into the story in the top window, no WebGL map', async () => {
		await frame.waitForSelector('html[data-embed-layout="fit"] .story-card');
		const links = await frame.$$eval('.story-card__chapters a', (els) =>
			els.map((a) => [a.getAttribute('href'), a.getAttribute('target')])
		);
		expect(links.map(([href]) => href!.replace(/^.*#/, ''))).toEqual(story.chapters.map((c) => c.id));
		expect(links.every(([, target]) => target === '_top')).toBe(true);
		expect(await frame.$$eval('canvas', (els) => els.length)).toBe(0);
		expect(await frame.$$eval('.embed-story.is-scrolly', (els) => els.length)).toBe(0);
	});

	it('fills the height the host gives it, without scrolling inside, also at phone width', async () => {
		await expectSized(w.page, 0, frame);
		await w.page.setViewportSize({ width: 375, height: 700 });
		await expectSized(w.page, 0, frame);
		expectClean(w);
	});
});

describe('accessibility of the embed pages', () => {
	it('has no axe violations on a map card with a place open, nor on the stacked story', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${baseURL}/embed/iraq`);
		await w.page.waitForFunction(() => document.querySelector('.map-figure')?.getAttribute('data-status') === 'idle', null, {
			timeout: 30_000
		});
		await w.page.click('.embed-places .place-button[data-place="haditha-dam"]');
		await w.page.waitForSelector('.embed-place');
		const card = await new AxeBuilder({ page: w.page }).analyze();
		expect(card.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		await w.page.goto(`${baseURL}/embed/`);
		const stacked = await new AxeBuilder({ page: w.page }).analyze();
		expect(stacked.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		expectClean(w);
		await w.context.close();
	});
});

describe('hostile messages', () => {
	let w: Watched;
	let frame: Frame;

	beforeAll(async () => {
		w = await openHost(['/embed/iraq']);
		frame = await embedFrame(w.page, 0);
	});

	afterAll(async () => {
		await w?.context.close();
	});

	/** Height replies the host has received from the embed so far. */
	const replies = () =>
		w.page.evaluate(
			() =>
				(window as unknown as { received: { data: unknown }[] }).received.filter(
					(m) => typeof m.data === 'string' && m.data.startsWith('pymxPYMxembed-0xPYMxheight')
				).length
		);

	it('ignores a width message from a window other than its parent', async () => {
		await expectSized(w.page, 0, frame);
		// A sibling frame on the host page posts a well-formed Pym message to the embed.
		await w.page.evaluate(() => {
			const sibling = document.createElement('iframe');
			sibling.id = 'sibling';
			sibling.srcdoc = '<p>sibling</p>';
			document.body.append(sibling);
			return new Promise((resolve) => sibling.addEventListener('load', resolve));
		});
		const before = await replies();
		await w.page.evaluate(() => {
			const embed = document.querySelector<HTMLIFrameElement>('#embed-0 iframe')!.contentWindow!;
			const sibling = document.querySelector<HTMLIFrameElement>('#sibling')!.contentWindow as Window & typeof globalThis;
			sibling.eval(`parent.frames[0].postMessage('pymxPYMxembed-0xPYMxwidthxPYMx300', '*')`);
			void embed;
		});
		// The same message from the parent is answered: once, for the parent's own message only.
		await w.page.evaluate(() => (window as unknown as { parents: { sendWidth(): void }[] }).parents[0]!.sendWidth());
		await expect.poll(replies).toBe(before + 1);
		expect(await replies()).toBe(before + 1);
	});

	it('does not navigate or run script on request', async () => {
		const url = frame.url();
		const before = await replies();
		await w.page.evaluate(() => {
			const embed = document.querySelector<HTMLIFrameElement>('#embed-0 iframe')!.contentWindow!;
			const js = "javascript:parent.postMessage('pwned','*')";
			embed.postMessage(`pymxPYMxembed-0xPYMxnavigateToxPYMx${js}`, '*');
			embed.postMessage(`pymxPYMxembed-0xPYMxwidthxPYMx${js}`, '*');
			embed.postMessage({ type: 'navigate', url: js }, '*');
			embed.postMessage(JSON.stringify({ context: 'iframe.resize', src: js, height: 1 }), '*');
		});
		await w.page.evaluate(() => (window as unknown as { parents: { sendWidth(): void }[] }).parents[0]!.sendWidth());
		await expect.poll(replies).toBe(before + 1);
		expect(frame.url()).toBe(url);
		const received = await w.page.evaluate(() => (window as unknown as { received: { data: unknown }[] }).received.map((m) => m.data));
		expect(received).not.toContain('pwned');
		await expectSized(w.page, 0, frame);
		expectClean(w);
	});
});

describe('“Embed this” on the story', () => {
	let w: Watched;

	beforeAll(async () => {
		w = await openPage(browser);
		await w.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await w.page.goto(`${baseURL}/#iraq`);
	});

	afterAll(async () => {
		await w?.context.close();
	});

	it('offers a plain iframe and a Pym.js variant for the chapter’s card, and copies them', async () => {
		const details = w.page.locator('#iraq details.embed-this');
		await details.locator('summary').click();
		const iframeCode = await details.locator('textarea[data-format="iframe"]').inputValue();
		expect(iframeCode).toContain(`src="${baseURL}/embed/iraq"`);
		expect(iframeCode).toMatch(/height="\d+"/);
		await details.getByRole('button', { name: 'Copy iframe code' }).click();
		await expect.poll(() => w.page.evaluate(() => navigator.clipboard.readText())).toBe(iframeCode);
		expect(await details.locator('[role="status"]').textContent()).toContain('copied');
		const pymCode = await details.locator('textarea[data-format="pym"]').inputValue();
		await details.getByRole('button', { name: 'Copy Pym.js code' }).click();
		await expect.poll(() => w.page.evaluate(() => navigator.clipboard.readText())).toBe(pymCode);
		// The site's own script, at its stable address, and no inline script.
		expect(pymCode).toContain(`<script src="${baseURL}/embed.js" async></script>`);
		expect(pymCode).not.toMatch(/<script>/);
		expect(pymCode).not.toContain('_app/immutable');
	});

	it('offers the whole story beside the chapter’s card, and announces each copy as an analytics event', async () => {
		const details = w.page.locator('#iraq details.embed-this');
		const storyCode = await details.locator('textarea[data-format="story-pym"]').inputValue();
		expect(storyCode).toContain(`data-pym-src="${baseURL}/embed/"`);
		expect(storyCode).toContain('data-pym-trackscroll="true"');
		await w.page.evaluate(() => {
			(window as unknown as { events: unknown[] }).events = [];
			addEventListener('peacekeeping:event', (e) => (window as unknown as { events: unknown[] }).events.push((e as CustomEvent).detail));
		});
		await details.getByRole('button', { name: 'Copy whole-story code' }).click();
		await expect.poll(() => w.page.evaluate(() => navigator.clipboard.readText())).toBe(storyCode);
		expect(await w.page.evaluate(() => (window as unknown as { events: unknown[] }).events)).toContainEqual({
			name: 'embed-copy',
			embed: 'story',
			format: 'story-pym'
		});
	});

	it('gives Pym.js code that works when pasted into another site’s page', async () => {
		const pymCode = await w.page.locator('#iraq textarea[data-format="pym"]').inputValue();
		const hostPage = await w.context.newPage();
		await hostPage.goto(`${hostURL}/host.html?embed=${encodeURIComponent(baseURL)}&pages=`);
		await hostPage.setContent(`<!doctype html><html><body style="margin:0"><p>Host text</p>${pymCode}</body></html>`);
		const handle = await hostPage.waitForSelector('#pk-embed-iraq iframe');
		const frame = (await handle.contentFrame())!;
		await frame.waitForSelector('.embed-card h1');
		await expect
			.poll(
				async () => {
					const iframe = await handle.evaluate((el) => el.getBoundingClientRect().height);
					const root = await frame.evaluate(() => document.querySelector('.embed-root')!.getBoundingClientRect().height);
					return Math.abs(iframe - root) <= 2;
				},
				{ timeout: 20_000 }
			)
			.toBe(true);
		await hostPage.close();
		expectClean(w);
	});
});
