/// <reference types="node" />
/**
 * The starter story of `npm run new-story`: written beside a site.yaml, it reads and checks clean,
 * every number and quotation of it is in its own source text, and a bad or taken id is refused.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadStory, readSite } from '../src/lib/content/load';
import { writeStarter } from './starter';

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'content-'));
	writeFileSync(join(root, 'site.yaml'), 'stories: [first-story]\ntitle: Stories\ndescription: Some stories.\nanalytics: stories\n');
	// The story already listed (site.yaml is read only if each listed story has a folder).
	mkdirSync(join(root, 'first-story'));
	writeFileSync(join(root, 'first-story', 'story.yaml'), '');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the starter story', () => {
	it('is written with two chapters and two places, listed last in site.yaml, and reads clean', () => {
		writeStarter(root, 'my-story');
		expect(readSite(root).site?.stories).toEqual(['first-story', 'my-story']);
		// loadStory throws with every problem it finds (schemas and references).
		const { content } = loadStory(join(root, 'my-story'), 'my-story');
		expect(content.chapters.map((c) => c.id)).toEqual(['my-story-start', 'my-story-north']);
		expect(content.places.features.map((f) => f.id)).toEqual(['my-story-lisbon', 'my-story-porto']);
	});

	it('states only numbers and quotations its source text holds', () => {
		writeStarter(root, 'my-story');
		const dir = join(root, 'my-story');
		const { content } = loadStory(dir, 'my-story');
		const source = readFileSync(join(dir, content.meta.sourceText!), 'utf8');
		const prose = [...content.chapters.flatMap((c) => c.paragraphs), ...content.placeStories.flatMap((p) => p.paragraphs)];
		expect(prose.length).toBeGreaterThan(0);
		for (const p of prose) for (const n of p.text.match(/\d[\d,.]*/g) ?? []) expect(source, p.text).toContain(n);
		for (const q of content.chapters.flatMap((c) => c.quotes ?? [])) expect(source).toContain(q.text);
	});

	it('refuses an id that is not one, or is taken', () => {
		expect(() => writeStarter(root, 'My Story')).toThrow(/not a story id/);
		expect(() => writeStarter(root, 'first-story')).toThrow(/exists already/);
		writeFileSync(join(root, 'site.yaml'), readFileSync(join(root, 'site.yaml'), 'utf8').replace('[first-story]', '[first-story, listed]'));
		expect(() => writeStarter(root, 'listed')).toThrow(/lists "listed" already/);
		writeStarter(root, 'my-story');
		expect(() => writeStarter(root, 'my-story')).toThrow(/exists already/);
	});
});
