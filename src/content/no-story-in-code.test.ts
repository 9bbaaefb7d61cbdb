/// <reference types="node" />
/**
 * The code names no story: every story's ids (its own, its chapters', places', theatres', routes'
 * and operations') and its distinctive words (its places' and countries' names, the words of its
 * title and of its source document's title) appear nowhere in src/lib, src/routes or geo/lib —
 * comments and tests included. What is particular to a story lives in its folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStory, readSite } from '$lib/content/load';

const ROOT = join(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'src/content');
const CODE = ['src/lib', 'src/routes', 'geo/lib'];
/** Generated from the stories by `npm run geo`: data, not code. */
const SKIP = new Set(['src/lib/generated']);

/** Words of titles that say nothing of a story in particular. */
const GENERIC = new Set(
	'a an and the of on in at to for from by with as story stories map maps report reports army ministry defense defence center centre analysis international relations republic operations operation mission missions history today world keeping peace'.split(
		' '
	)
);

function files(dir: string): string[] {
	return readdirSync(join(ROOT, dir)).flatMap((name) => {
		const rel = join(dir, name);
		if (SKIP.has(rel)) return [];
		return statSync(join(ROOT, rel)).isDirectory() ? files(rel) : /\.(ts|js|svelte|css|html)$/.test(name) ? [rel] : [];
	});
}

const { site } = readSite(CONTENT);
const stories = site!.stories.map((id) => loadStory(join(CONTENT, id), id).content);

interface Term {
	/** What the term is, for the message. */
	from: string;
	/** Ids are matched in any case; names as they are written ("Split" the town, not `.split(`). */
	anyCase: boolean;
}

/** Every story's ids and distinctive names: each place's, country's and town's name as written, and the distinctive words of its titles. */
function storyTerms(): Map<string, Term> {
	const terms = new Map<string, Term>();
	const id = (term: string, from: string) => terms.set(term.toLowerCase(), { from, anyCase: true });
	// A name without its parenthesis ("Dragash (Dragaš)" is "Dragash" and "Dragaš").
	const name = (text: string, from: string) => {
		for (const part of text
			.split(/\s*[()]\s*/)
			.map((t) => t.trim())
			.filter((t) => t.length >= 3 && !GENERIC.has(t.toLowerCase())))
			terms.set(part, { from, anyCase: false });
	};
	const titleWords = (text: string, from: string) => {
		for (const w of text.split(/[^\p{L}\p{N}-]+/u))
			if (/^\p{Lu}/u.test(w) && w.length >= 4 && !GENERIC.has(w.toLowerCase())) terms.set(w, { from, anyCase: false });
	};
	for (const s of stories) {
		id(s.id, `story ${s.id}`);
		for (const c of s.chapters) id(c.id, `${s.id}: chapter id`);
		for (const p of s.places.features) {
			id(p.id, `${s.id}: place id`);
			name(p.properties.name, `${s.id}: place name`);
		}
		for (const t of s.map.theatres) id(t.id, `${s.id}: theatre id`);
		for (const c of [
			...s.map.emphasis,
			...Object.keys(s.map.renames),
			...Object.values(s.map.renames),
			...s.map.disputed.map((d) => d.country)
		])
			name(c, `${s.id}: country`);
		for (const t of s.map.towns) name(t.name, `${s.id}: town`);
		for (const r of s.routes?.routes ?? []) id(r.id, `${s.id}: route id`);
		for (const o of s.timeline?.operations ?? []) id(o.id, `${s.id}: timeline operation id`);
		titleWords(s.meta.title, `${s.id}: title`);
		titleWords(s.meta.sourceDocument.title, `${s.id}: source document`);
	}
	return terms;
}

describe('the code', () => {
	const terms = storyTerms();

	it('knows every story’s terms (a check of the check)', () => {
		for (const s of stories) {
			expect(terms.has(s.id)).toBe(true);
			for (const c of s.chapters) expect(terms.has(c.id), c.id).toBe(true);
		}
		expect(terms.size).toBeGreaterThan(50);
	});

	it('names no story: no id or distinctive word of a story in src/lib, src/routes or geo/lib', () => {
		const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		// Whole words only (a hyphenated id is one word): "bor" is not in "border".
		const pattern = (list: string[], flags: string) =>
			new RegExp(
				`(?<![\\p{L}\\p{N}-])(${list
					.sort((a, b) => b.length - a.length)
					.map(escape)
					.join('|')})(?![\\p{L}\\p{N}-])`,
				flags
			);
		const ids = pattern(
			[...terms].filter(([, t]) => t.anyCase).map(([k]) => k),
			'giu'
		);
		const names = pattern(
			[...terms].filter(([, t]) => !t.anyCase).map(([k]) => k),
			'gu'
		);
		const found: string[] = [];
		for (const file of CODE.flatMap(files)) {
			readFileSync(join(ROOT, file), 'utf8')
				.split('\n')
				.forEach((line, i) => {
					for (const m of [...line.matchAll(ids), ...line.matchAll(names)])
						found.push(
							`${relative(ROOT, join(ROOT, file))}:${i + 1}: “${m[1]}” (${(terms.get(m[1]!) ?? terms.get(m[1]!.toLowerCase()))?.from})`
						);
				});
		}
		expect(found).toEqual([]);
	});
});
