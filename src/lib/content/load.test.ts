/// <reference types="node" />
/**
 * Reading a story folder: a small valid story (fixtures/story), and the same story broken one way
 * at a time, each failing with the file, the line, the item and the problem.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, loadStory, readSite, readStory } from './load';

const FIXTURE = join(import.meta.dirname, 'fixtures/story');
let dirs: string[] = [];
afterEach(() => {
	for (const d of dirs) rmSync(d, { recursive: true, force: true });
	dirs = [];
});

/** A copy of the fixture with `edits` applied (file → text, or a function of the text; null deletes). */
function broken(edits: Record<string, string | ((text: string) => string)>): string {
	const dir = mkdtempSync(join(tmpdir(), 'story-'));
	dirs.push(dir);
	cpSync(FIXTURE, dir, { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(dir, file);
		writeFileSync(path, typeof edit === 'string' ? edit : edit(readFileSync(path, 'utf8')));
	}
	return dir;
}

/** Every problem of a folder, its paths made relative to the folder. */
function problems(dir: string): string[] {
	try {
		loadStory(dir, 'test');
	} catch (e) {
		if (e instanceof ContentError) return e.problems.map((p) => p.replace(`${relative(process.cwd(), dir)}/`, ''));
		throw e;
	}
	return [];
}

describe('a story folder', () => {
	it('reads as content: chapters from their files, paragraphs with their citations, places, sources', () => {
		const { content, where } = loadStory(FIXTURE, 'test');
		expect(content.chapters.map((c) => c.id)).toEqual(['opening']);
		expect(content.chapters[0]!.paragraphs).toEqual([
			{ text: 'The first paragraph.', cite: ['fn1'] },
			{ text: 'The second paragraph.', cite: ['document-ch1', 'fn1'] }
		]);
		expect(content.placeStories[0]).toMatchObject({ id: 'town', summary: 'A town.' });
		expect(content.map.theatres).toEqual([]);
		expect(content.routes).toBeNull();
		expect(content.timeline).toBeNull();
		expect(where['chapter:opening:paragraph:2']).toMatch(/chapters\/01-opening\.md:19$/);
	});

	it('names the file, line, item and field of a value of the wrong kind, and of an unknown key', () => {
		expect(problems(broken({ 'chapters/01-opening.md': (t) => t.replace('cite: [ fn2 ]', 'cite: fn2') }))).toEqual([
			'chapters/01-opening.md:13: chapter "opening", quotes[0].cite: Invalid input: expected array, received string'
		]);
		expect(problems(broken({ 'map.yaml': (t) => `${t}colour: blue\n` }))).toEqual(['map.yaml:5: Unrecognized key: "colour"']);
		expect(problems(broken({ 'sources.yaml': (t) => t.replace('footnote: 2', 'footnote: two') }))).toEqual([
			'sources.yaml:6: source "fn2", footnote: Invalid input: expected number, received string'
		]);
	});

	it('names the place and line in places.geojson', () => {
		expect(problems(broken({ 'places.geojson': (t) => t.replace('"kind":"point"', '"kind":"dot"') }))).toEqual([
			'places.geojson:2: place "town", properties.kind: Invalid option: expected one of "point"|"area"|"line"'
		]);
	});

	it('refuses a citation, place or figure that does not exist, with the paragraph’s line', () => {
		expect(
			problems(
				broken({
					'chapters/01-opening.md': (t) =>
						t
							.replace('The first paragraph. [^fn1]', 'The first paragraph, {{no-such-km}}. [^fn9]')
							.replace('places: [ town ]', 'places: [ town, village ]')
				})
			)
		).toEqual([
			'chapters/01-opening.md:17: chapter "opening", paragraph 1: uses unknown figure {{no-such-km}} (figures.yaml)',
			'chapters/01-opening.md:17: chapter "opening", paragraph 1: cites unknown source "fn9"',
			'chapters/01-opening.md:1: chapter "opening": place "village" is not in places.geojson'
		]);
	});

	it('wants every paragraph cited and written as plain text', () => {
		expect(
			problems(
				broken({ 'places/town.md': (t) => t.replace(' [^fn1]', '').replace('Something happened', 'Something *important* happened') })
			)
		).toEqual([
			'places/town.md:5: place "town", paragraph 1: holds Markdown formatting (emphasis); write plain text',
			'places/town.md:5: place "town", paragraph 1: cites no source (end it with [^source-id])'
		]);
	});

	it('wants a quotation from a source in another language to say so, and only then', () => {
		expect(problems(broken({ 'chapters/01-opening.md': (t) => t.replace('    via: a weekly, 1 May 2008\n', '') }))).toEqual([
			'chapters/01-opening.md:1: chapter "opening", quote 1: cites a source in another language (fn2) but does not say so: give via'
		]);
		expect(problems(broken({ 'chapters/01-opening.md': (t) => t.replace('cite: [ fn2 ]', 'cite: [ fn1 ]') }))).toEqual([
			'chapters/01-opening.md:1: chapter "opening", quote 1: via is set but it cites no source in another language (give the source its language)'
		]);
	});

	it('wants every place to have its story and its chapter, and every story a place', () => {
		expect(
			problems(
				broken({ 'chapters/01-opening.md': (t) => t.replace('places: [ town ]', 'places: []\ncamera: { center: [ 20, 42 ], zoom: 5 }') })
			)
		).toEqual(['places.geojson:2: place "town": belongs to no chapter']);
		expect(problems(broken({ 'places/village.md': '---\nsummary: A village.\n---\n\nHere. [^fn1]\n' }))).toEqual([
			'places/village.md:1: place "village": is not in places.geojson'
		]);
	});

	it('wants an estimate to say by how much, and an exact place not to be a circle', () => {
		expect(problems(broken({ 'places.geojson': (t) => t.replace('"certainty":"exact"', '"certainty":"approximate"') }))).toEqual([
			'places.geojson:2: place "town": an approximate position needs radius_m: how far off it may be'
		]);
		expect(
			problems(
				broken({
					'places.geojson': (t) =>
						t.replace('"certainty_note":"Town point."', '"certainty_note":"Town point.","construct":"circle","radius_m":500')
				})
			)
		).toEqual(['places.geojson:2: place "town": an exact place cannot be a circle or carry a radius']);
	});

	it('names chapter files by order and id, and keeps the words its addresses use', () => {
		const dir = broken({ 'chapters/opening.md': '---\n---\n' });
		expect(problems(dir)).toContain('chapters/opening.md: a chapter file is named NN-<id>.md, e.g. 03-<chapter-id>.md');
		expect(problems(broken({ 'chapters/02-timeline.md': readFileSync(join(FIXTURE, 'chapters/01-opening.md'), 'utf8') }))).toContain(
			`chapters/02-timeline.md: "timeline" is a word the story's addresses use; call the chapter otherwise`
		);
	});

	it('reports a broken YAML file at its line', () => {
		const p = readStory(broken({ 'notes.yaml': '- id: a\n  topic: [unclosed\n' }), 'test').problems;
		expect(p).toHaveLength(1);
		expect(p[0]).toMatch(/notes\.yaml:\d+: /);
	});
});

describe('the site', () => {
	it('lists its stories, each with a folder', () => {
		const dir = mkdtempSync(join(tmpdir(), 'site-'));
		dirs.push(dir);
		writeFileSync(join(dir, 'site.yaml'), 'stories: [ missing ]\ntitle: Stories\ndescription: Some.\nanalytics: stories\n');
		const { site, problems: p } = readSite(dir);
		expect(site).toBeNull();
		expect(p[0]).toMatch(/site\.yaml: story "missing" has no folder .*missing\/ with a story\.yaml$/);
	});
});
