/**
 * The page furniture readers expect: the byline and dates, the source document named in full
 * with where to get it, and "Copy link" for each chapter and each place, with a confirmation, on
 * the Clipboard API or, where there is none, as a selected URL to copy by hand.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { story } from './helpers/stories';

const storyMeta = story.meta;
import { expectClean, launch, openPage } from './helpers/browser';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
});

describe('the masthead and the sources', () => {
	it('gives the byline, the dates and the source document, without JavaScript too', async () => {
		const w = await openPage(browser, { javaScriptEnabled: false });
		await w.page.goto(`${baseURL}/`);
		const byline = (await w.page.textContent('.masthead__byline'))!.replace(/\s+/g, ' ');
		expect(byline).toContain(`By ${storyMeta.byline.name}`);
		expect(byline).toContain('Published 2 December 2026');
		expect(await w.page.getAttribute('.masthead__byline time', 'datetime')).toBe(storyMeta.published);
		const doc = storyMeta.sourceDocument;
		const statement = (await w.page.textContent('#source-document'))!.replace(/\s+/g, ' ');
		expect(statement).toContain(doc.title);
		for (const p of doc.publishers) expect(statement).toContain(p.name);
		expect(statement).toContain(doc.availability);
		// The masthead's pointer to it lands on it.
		expect(await w.page.getAttribute('.masthead__source a', 'href')).toBe('#source-document');
		// Without JavaScript, "Copy link" is a link to the chapter.
		expect(await w.page.getAttribute('#iraq .copy-link a', 'href')).toBe('#iraq');
		await w.context.close();
	});
});

describe('Copy link', () => {
	it('copies a chapter’s address with the Clipboard API and says so', async () => {
		const w = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
		await w.page.goto(`${baseURL}/`);
		const button = w.page.locator('#kosovo .copy-link button');
		await button.scrollIntoViewIfNeeded();
		expect(await button.textContent()).toBe('Copy link to this chapter');
		await button.click();
		await expect.poll(() => w.page.textContent('#kosovo .copy-link__status')).toBe('Link copied');
		expect(await w.page.isVisible('#kosovo .copy-link__status')).toBe(true);
		expect(await w.page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/#kosovo`);
		expect(await w.page.locator('#kosovo .copy-link__field').count()).toBe(0);
		expectClean(w);
		await w.context.close();
	});

	it('without the Clipboard API, shows the address selected in a field, for a chapter and for a place', async () => {
		const w = await openPage(browser);
		// A browser without navigator.clipboard (as on a page served over plain http), whose copy command fails.
		await w.context.addInitScript(() => {
			Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
			document.execCommand = () => false;
		});
		await w.page.goto(`${baseURL}/`);
		await w.page.locator('#iraq .copy-link button').click();
		const field = w.page.locator('#iraq .copy-link__field');
		await expect.poll(() => field.isVisible()).toBe(true);
		expect(await field.inputValue()).toBe(`${baseURL}/#iraq`);
		expect(
			await field.evaluate((el: HTMLInputElement) => [
				document.activeElement === el,
				el.readOnly,
				el.selectionStart,
				el.selectionEnd,
				el.value.length
			])
		).toEqual([true, true, 0, `${baseURL}/#iraq`.length, `${baseURL}/#iraq`.length]);
		expect(await w.page.textContent('#iraq .copy-link__status')).toBe('Press Ctrl+C (or ⌘C) to copy the selected link');

		// A place: from its details panel, the address of its own page.
		const place = story.places.get('haditha-dam')!;
		await w.page.locator('#iraq .chapter__places button[data-place="haditha-dam"]').click();
		const panel = w.page.getByRole('dialog', { name: place.name });
		await panel.getByRole('button', { name: `Copy link to ${place.name}` }).click();
		const placeField = panel.locator('.copy-link__field');
		await expect.poll(() => placeField.inputValue()).toBe(`${baseURL}/places/haditha-dam`);
		expect(await placeField.evaluate((el: HTMLInputElement) => document.activeElement === el && el.selectionEnd === el.value.length)).toBe(
			true
		);
		expectClean(w);
		await w.context.close();
	});

	it('copies a place page’s own address', async () => {
		const w = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
		await w.page.goto(`${baseURL}/places/juba`);
		await w.page.getByRole('button', { name: 'Copy link to Juba' }).click();
		await expect.poll(() => w.page.textContent('.copy-link__status')).toBe('Link copied');
		expect(await w.page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/places/juba`);
		expectClean(w);
		await w.context.close();
	});
});
