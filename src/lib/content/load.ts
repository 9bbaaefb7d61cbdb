/// <reference types="node" />
/**
 * Reads a story folder (src/content/<story>/) and checks every file against its schema
 * (schema.ts). A problem is reported as `<file>:<line>: <item>: <problem>`, the line given
 * wherever the format has one, so that a broken edit fails the build with a message an editor can
 * act on. Cross-references (citations, places, figures) are checked by validate.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { parseMarkdown, type MarkdownParagraph } from './markdown';
import { validateStory } from './validate';
import {
	chapterFrontSchema,
	figuresSchema,
	mapSchema,
	metaSchema,
	notesSchema,
	placeFrontSchema,
	placesSchema,
	routesSchema,
	siteSchema,
	sourcesSchema,
	timelineSchema,
	ID,
	type ChapterFront,
	type FigureSpec,
	type MapConfig,
	type PlaceFront,
	type RoutesConfig,
	type SiteConfig,
	type Source,
	type SourceNote,
	type SourcePlace,
	type StoryMeta,
	type Timeline
} from './schema';

/** A paragraph of prose: plain text, possibly with `{{figure-id}}` placeholders, and its end notes. */
export interface Paragraph {
	text: string;
	cite: string[];
}

export interface Chapter extends ChapterFront {
	/** From the file name: chapters/03-<chapter-id>.md is "<chapter-id>". Also the URL hash (`/#<chapter-id>`). */
	id: string;
	paragraphs: Paragraph[];
}

export interface PlaceStory extends PlaceFront {
	id: string;
	paragraphs: Paragraph[];
}

/** Everything a story folder holds, checked against the schemas. */
export interface StoryContent {
	id: string;
	meta: StoryMeta;
	chapters: Chapter[];
	placeStories: PlaceStory[];
	sources: Source[];
	sourceNotes: SourceNote[];
	map: MapConfig;
	figures: FigureSpec[];
	routes: RoutesConfig | null;
	timeline: Timeline | null;
	places: { type: 'FeatureCollection'; features: SourcePlace[] };
}

/**
 * Where each item stands, as `file:line`, by key: `chapter:<id>`, `chapter:<id>:paragraph:<n>`,
 * `place-story:<id>`, `place:<id>`, `source:<id>`, `note:<id>`, `route:<id>`, `figure:<id>`,
 * `operation:<id>`, and `file:<name>` for a whole file.
 */
export type Locations = Record<string, string>;

export class ContentError extends Error {
	constructor(readonly problems: string[]) {
		super(`The story content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
		this.name = 'ContentError';
	}
}

/** A chapter's file name: its place in the reading order, then its id. */
const CHAPTER_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
/** Words the story's URLs use after /embed/: no chapter may be called so. */
export const RESERVED_CHAPTER_IDS = ['timeline', 'oembed'];

type Path = readonly PropertyKey[];

/** A YAML source with line numbers for any path into it. */
class Yaml {
	readonly doc: Document;
	readonly #lines = new LineCounter();
	constructor(
		source: string,
		/** The file's line that the YAML's first line stands on. */
		private readonly firstLine = 1
	) {
		this.doc = parseDocument(source, { lineCounter: this.#lines, prettyErrors: false, uniqueKeys: true });
	}
	/** The line of the deepest node on the path that exists. */
	lineOf(path: Path): number {
		for (let n = path.length; n >= 0; n--) {
			const node = this.doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
			if (node && typeof node === 'object' && node.range) return this.#lines.linePos(node.range[0]).line + this.firstLine - 1;
		}
		return this.firstLine;
	}
	errors(): { line: number; message: string }[] {
		return [...this.doc.errors, ...this.doc.warnings].map((e) => ({
			line: (e.linePos?.[0]?.line ?? 1) + this.firstLine - 1,
			message: e.message.split('\n')[0]!
		}));
	}
}

/** How a zod path reads in a message: `facts[1].cite`. */
const pathText = (path: Path) => path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');

/** What a problem's path points into, and how many of the path's keys name it rather than a field of it. */
interface Item {
	name: string;
	keys: number;
}

/** The item a path points into: `source "<id>"` for `[3, 'url']` in a list of items with ids. */
function itemName(kind: string, data: unknown, path: Path): Item | null {
	if (typeof path[0] !== 'number' || !Array.isArray(data)) return null;
	const item = data[path[0]] as { id?: unknown } | undefined;
	return { name: typeof item?.id === 'string' ? `${kind} "${item.id}"` : `${kind} #${path[0] + 1}`, keys: 1 };
}

export interface Reader {
	problems: string[];
	where: Locations;
}

/** Checks parsed data against a schema; each problem names the file, its line and the path. */
function check<S extends z.ZodType>(
	r: Reader,
	file: string,
	schema: S,
	data: unknown,
	lineOf: (path: Path) => number | null,
	item: (path: Path) => Item | null = () => null
): z.output<S> | null {
	const parsed = schema.safeParse(data);
	if (parsed.success) return parsed.data;
	for (const issue of parsed.error.issues) {
		// An unknown key is reported where it stands, not where its object starts.
		const keyPath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
		const line = lineOf(keyPath);
		const found = item(issue.path);
		const name = found?.name;
		// Within a named item, the path starts after the keys that name it: `facts[1].cite`, not `[3].facts[1].cite`.
		const rest = issue.path.slice(found?.keys ?? 0);
		const field = rest.length ? pathText(rest) : '';
		r.problems.push(
			`${file}${line ? `:${line}` : ''}: ${[name, field].filter(Boolean).join(', ')}${name || field ? ': ' : ''}${issue.message}`
		);
	}
	return null;
}

/** A YAML file checked against its schema; `kind` names the items of a list ("source"). */
function readYaml<S extends z.ZodType>(r: Reader, root: string, rel: string, schema: S, kind = ''): z.output<S> | null {
	const path = join(root, rel);
	const file = relative(process.cwd(), path);
	if (!existsSync(path)) {
		r.problems.push(`${file}: is missing`);
		return null;
	}
	const yaml = new Yaml(readFileSync(path, 'utf8'));
	const errors = yaml.errors();
	for (const e of errors) r.problems.push(`${file}:${e.line}: ${e.message}`);
	if (errors.length) return null;
	const data = yaml.doc.toJS();
	r.where[`file:${rel}`] = file;
	if (Array.isArray(data) && kind)
		data.forEach((d: { id?: unknown }, i) => {
			if (typeof d?.id === 'string') r.where[`${kind}:${d.id}`] = `${file}:${yaml.lineOf([i])}`;
		});
	return check(
		r,
		file,
		schema,
		data,
		(p) => yaml.lineOf(p),
		(p) => itemName(kind, data, p)
	);
}

/** A Markdown file: its front matter checked against the schema, its paragraphs with their lines. */
function readMarkdown<S extends z.ZodType>(
	r: Reader,
	path: string,
	schema: S,
	item: string
): { front: z.output<S>; paragraphs: MarkdownParagraph[]; file: string } | null {
	const file = relative(process.cwd(), path);
	const md = parseMarkdown(readFileSync(path, 'utf8'));
	for (const p of md.problems) r.problems.push(`${file}:${p.line}: ${item}, ${p.message}`);
	const yaml = new Yaml(md.front, md.frontLine);
	const errors = yaml.errors();
	for (const e of errors) r.problems.push(`${file}:${e.line}: ${item}: ${e.message}`);
	if (errors.length) return null;
	const front = check(
		r,
		file,
		schema,
		yaml.doc.toJS() ?? {},
		(p) => yaml.lineOf(p),
		() => ({ name: item, keys: 0 })
	);
	if (md.paragraphs.length === 0) r.problems.push(`${file}: ${item}: has no paragraphs`);
	for (const [i, p] of md.paragraphs.entries()) {
		if (p.cite.length === 0) r.problems.push(`${file}:${p.line}: ${item}, paragraph ${i + 1}: cites no source (end it with [^source-id])`);
		if (!p.text) r.problems.push(`${file}:${p.line}: ${item}, paragraph ${i + 1}: is empty`);
	}
	return front === null ? null : { front, paragraphs: md.paragraphs, file };
}

const paragraphsOf = (ps: MarkdownParagraph[]): Paragraph[] => ps.map(({ text, cite }) => ({ text, cite }));

/** The line of `"id": "<id>"` in a GeoJSON file written one feature to a line. */
function featureLine(source: string, id: string): number | null {
	const at = source.search(new RegExp(`"id"\\s*:\\s*"${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
	return at < 0 ? null : source.slice(0, at).split('\n').length;
}

function readPlaces(r: Reader, root: string): StoryContent['places'] | null {
	const path = join(root, 'places.geojson');
	const file = relative(process.cwd(), path);
	if (!existsSync(path)) {
		r.problems.push(`${file}: is missing`);
		return null;
	}
	const source = readFileSync(path, 'utf8');
	let data: { features?: { id?: unknown }[] };
	try {
		data = JSON.parse(source);
	} catch (e) {
		r.problems.push(`${file}: is not valid JSON: ${(e as Error).message}`);
		return null;
	}
	const lineOfFeature = (i: unknown) => {
		const id = data.features?.[i as number]?.id;
		return typeof id === 'string' ? featureLine(source, id) : null;
	};
	for (const f of data.features ?? [])
		if (typeof f?.id === 'string') r.where[`place:${f.id}`] = `${file}:${featureLine(source, f.id) ?? 1}`;
	return check(
		r,
		file,
		placesSchema,
		data,
		(p) => (p[0] === 'features' ? lineOfFeature(p[1]) : null),
		(p) => {
			if (p[0] !== 'features' || typeof p[1] !== 'number') return null;
			const id = data.features?.[p[1]]?.id;
			return { name: typeof id === 'string' ? `place "${id}"` : `feature #${p[1] + 1}`, keys: 2 };
		}
	) as StoryContent['places'] | null;
}

/** Reads and checks one story folder. Never throws for bad content: the problems say what is wrong. */
export function readStory(root: string, id: string): { content: StoryContent | null; problems: string[]; where: Locations } {
	const r: Reader = { problems: [], where: {} };
	const rel = (p: string) => relative(process.cwd(), join(root, p));
	const meta = readYaml(r, root, 'story.yaml', metaSchema);
	const sources = readYaml(r, root, 'sources.yaml', sourcesSchema, 'source');
	const sourceNotes = readYaml(r, root, 'notes.yaml', notesSchema, 'note');
	const map = readYaml(r, root, 'map.yaml', mapSchema);
	const figures = readYaml(r, root, 'figures.yaml', figuresSchema, 'figure');
	const routes = existsSync(join(root, 'routes.yaml')) ? readYaml(r, root, 'routes.yaml', routesSchema) : null;
	const timeline = existsSync(join(root, 'timeline.yaml')) ? readYaml(r, root, 'timeline.yaml', timelineSchema) : null;
	const places = readPlaces(r, root);

	const chapters: Chapter[] = [];
	const chapterDir = join(root, 'chapters');
	const chapterFiles = existsSync(chapterDir)
		? readdirSync(chapterDir)
				.filter((f) => !f.startsWith('.'))
				.sort()
		: [];
	if (chapterFiles.length === 0) r.problems.push(`${rel('chapters')}: holds no chapter (chapters/01-<id>.md, …)`);
	const orders = new Set<string>();
	for (const name of chapterFiles) {
		const m = CHAPTER_FILE.exec(name);
		if (!m) {
			r.problems.push(`${rel(`chapters/${name}`)}: a chapter file is named NN-<id>.md, e.g. 03-<chapter-id>.md`);
			continue;
		}
		const [, order, cid] = m as unknown as [string, string, string];
		if (orders.has(order)) r.problems.push(`${rel(`chapters/${name}`)}: another chapter is also number ${order}`);
		orders.add(order);
		if (RESERVED_CHAPTER_IDS.includes(cid))
			r.problems.push(`${rel(`chapters/${name}`)}: "${cid}" is a word the story's addresses use; call the chapter otherwise`);
		const md = readMarkdown(r, join(chapterDir, name), chapterFrontSchema, `chapter "${cid}"`);
		r.where[`chapter:${cid}`] = `${rel(`chapters/${name}`)}:1`;
		if (!md) continue;
		md.paragraphs.forEach((p, i) => (r.where[`chapter:${cid}:paragraph:${i + 1}`] = `${md.file}:${p.line}`));
		chapters.push({ id: cid, ...md.front, paragraphs: paragraphsOf(md.paragraphs) });
	}

	const placeStories: PlaceStory[] = [];
	const placeDir = join(root, 'places');
	for (const name of existsSync(placeDir)
		? readdirSync(placeDir)
				.filter((f) => !f.startsWith('.'))
				.sort()
		: []) {
		const pid = name.replace(/\.md$/, '');
		if (!name.endsWith('.md') || !ID.test(pid)) {
			r.problems.push(`${rel(`places/${name}`)}: a place file is named <place-id>.md`);
			continue;
		}
		const md = readMarkdown(r, join(placeDir, name), placeFrontSchema, `place "${pid}"`);
		r.where[`place-story:${pid}`] = `${rel(`places/${name}`)}:1`;
		if (!md) continue;
		md.paragraphs.forEach((p, i) => (r.where[`place-story:${pid}:paragraph:${i + 1}`] = `${md.file}:${p.line}`));
		placeStories.push({ id: pid, ...md.front, paragraphs: paragraphsOf(md.paragraphs) });
	}
	if (timeline) {
		const file = rel('timeline.yaml');
		timeline.operations.forEach((op) => (r.where[`operation:${op.id}`] = file));
	}
	if (routes) routes.routes.forEach((route) => (r.where[`route:${route.id}`] = rel('routes.yaml')));

	const ok = meta && sources && sourceNotes && map && figures && places && r.problems.length === 0;
	return {
		content: ok ? { id, meta, chapters, placeStories, sources, sourceNotes, map, figures, routes, timeline, places } : null,
		problems: r.problems,
		where: r.where
	};
}

/** The site's list of stories (src/content/site.yaml). */
export function readSite(contentRoot: string): { site: SiteConfig | null; problems: string[] } {
	const r: Reader = { problems: [], where: {} };
	const site = readYaml(r, contentRoot, 'site.yaml', siteSchema);
	if (site) {
		for (const id of site.stories) {
			if (!existsSync(join(contentRoot, id, 'story.yaml')))
				r.problems.push(
					`${relative(process.cwd(), join(contentRoot, 'site.yaml'))}: story "${id}" has no folder ${relative(process.cwd(), join(contentRoot, id))}/ with a story.yaml`
				);
		}
		if (new Set(site.stories).size !== site.stories.length)
			r.problems.push(`${relative(process.cwd(), join(contentRoot, 'site.yaml'))}: a story is listed twice`);
	}
	return { site: r.problems.length ? null : site, problems: r.problems };
}

/** Reads one story folder and checks it against its schemas and itself; throws ContentError listing every problem. */
export function loadStory(root: string, id: string): { content: StoryContent; where: Locations } {
	const { content, problems, where } = readStory(root, id);
	if (!content) throw new ContentError(problems);
	const more = validateStory(content, where);
	if (more.length) throw new ContentError(more);
	return { content, where };
}
