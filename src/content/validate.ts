/**
 * Build-time validation of the story content against itself and the geo data. Every problem
 * names the file, the item and what is wrong, so a broken edit fails the build with a message
 * an editor can act on.
 */
import type { GeoMeta } from '$lib/geo-meta';
import { FIGURE_PLACEHOLDER } from '$lib/story/model';
import { CHAPTER_IDS, type Chapter, type Paragraph, type PlaceStory, type Source, type SourceNote, type StoryMeta } from './types';

export interface ContentInput {
	chapters: readonly Chapter[];
	placeStories: readonly PlaceStory[];
	sources: readonly Source[];
	sourceNotes: readonly SourceNote[];
}

const FILES = {
	chapters: 'src/content/chapters.ts',
	places: 'src/content/places.ts',
	sources: 'src/content/sources.ts',
	notes: 'src/content/notes.ts',
	geo: 'geo/sources/places.geojson',
	meta: 'src/content/meta.ts'
};


export class ContentError extends Error {
	constructor(readonly problems: string[]) {
		super(`The story content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
		this.name = 'ContentError';
	}
}

/** A footnote written in Azerbaijani (its outlet, title or date): Azerbaijani spelling has ə, English none. */
export const inAzerbaijani = (citation: string | undefined): boolean => /[əƏ]/.test(citation ?? '');

export function validateContent(input: ContentInput, geo: GeoMeta): string[] {
	const problems: string[] = [];
	const sourceIds = new Set<string>();
	const placeIds = new Set(geo.places.map((p) => p.id));

	for (const [i, s] of input.sources.entries()) {
		const where = `${FILES.sources}: source ${s.id ? `"${s.id}"` : `#${i + 1}`}`;
		if (!s.id) problems.push(`${where}: has no id`);
		else if (sourceIds.has(s.id)) problems.push(`${where}: duplicate id`);
		sourceIds.add(s.id);
		if (!s.section.trim()) problems.push(`${where}: has no report section`);
		if (s.footnote !== undefined && s.id !== `fn${s.footnote}`)
			problems.push(`${where}: id should be "fn${s.footnote}" for footnote ${s.footnote}`);
		if (s.url && !/^https?:\/\//.test(s.url)) problems.push(`${where}: url is not http(s): ${s.url}`);
	}

	const checkText = (where: string, text: string) => {
		if (!text.trim()) problems.push(`${where}: is empty`);
		for (const [, id] of text.matchAll(FIGURE_PLACEHOLDER)) {
			if (!geo.figures[id!]) problems.push(`${where}: uses unknown figure {{${id}}}`);
		}
	};
	const checkCites = (where: string, cite: readonly string[]) => {
		if (cite.length === 0) problems.push(`${where}: cites no source`);
		for (const id of cite) {
			if (!sourceIds.has(id)) problems.push(`${where}: cites unknown source "${id}"`);
		}
	};
	const checkParagraphs = (where: string, paragraphs: readonly Paragraph[]) => {
		for (const [i, p] of paragraphs.entries()) {
			checkText(`${where}, paragraph ${i + 1}`, p.text);
			checkCites(`${where}, paragraph ${i + 1}`, p.cite);
		}
	};

	const ids = input.chapters.map((c) => c.id);
	if (ids.join() !== CHAPTER_IDS.join())
		problems.push(`${FILES.chapters}: chapters must be, in order: ${CHAPTER_IDS.join(', ')} (found: ${ids.join(', ')})`);
	const usedPlaces = new Set<string>();
	for (const c of input.chapters) {
		const where = `${FILES.chapters}: chapter "${c.id}"`;
		checkText(`${where}, title`, c.title);
		checkText(`${where}, summary`, c.summary);
		if (!c.caption.startsWith('Map: ')) problems.push(`${where}: caption must start with "Map: "`);
		if (c.paragraphs.length === 0) problems.push(`${where}: has no paragraphs`);
		checkParagraphs(where, c.paragraphs);
		for (const [i, f] of (c.facts ?? []).entries()) checkCites(`${where}, fact ${i + 1}`, f.cite);
		for (const [i, q] of (c.quotes ?? []).entries()) {
			checkText(`${where}, quote ${i + 1}`, q.text);
			if (!q.speaker.trim()) problems.push(`${where}, quote ${i + 1}: has no speaker`);
			checkCites(`${where}, quote ${i + 1}`, q.cite);
			const az = q.cite.filter((id) => inAzerbaijani(input.sources.find((s) => s.id === id)?.citation));
			if (az.length && !q.viaAzerbaijani?.trim())
				problems.push(`${where}, quote ${i + 1}: cites an Azerbaijani-language source (${az.join(', ')}) but does not say so: give viaAzerbaijani`);
			if (q.viaAzerbaijani !== undefined && !az.length)
				problems.push(`${where}, quote ${i + 1}: viaAzerbaijani is set but it cites no Azerbaijani-language source`);
		}
		if (c.places.length === 0 && !c.camera) problems.push(`${where}: needs places or a camera`);
		for (const id of c.places) {
			usedPlaces.add(id);
			if (!placeIds.has(id)) problems.push(`${where}: place "${id}" is not in ${FILES.geo}`);
		}
		for (const id of c.fit ?? []) {
			if (!c.places.includes(id)) problems.push(`${where}: fit place "${id}" is not one of the chapter's places`);
		}
		if (c.camera) {
			const [lon, lat] = c.camera.center;
			if (Math.abs(lon) > 180 || Math.abs(lat) > 85)
				problems.push(`${where}: camera centre ${lon}, ${lat} is out of range`);
		}
	}

	const storyIds = new Set<string>();
	for (const s of input.placeStories) {
		const where = `${FILES.places}: place "${s.id}"`;
		if (storyIds.has(s.id)) problems.push(`${where}: duplicate`);
		storyIds.add(s.id);
		if (!placeIds.has(s.id)) problems.push(`${where}: is not in ${FILES.geo}`);
		checkText(`${where}, summary`, s.summary);
		checkParagraphs(where, s.paragraphs);
		for (const [i, f] of (s.facts ?? []).entries()) checkCites(`${where}, fact ${i + 1}`, f.cite);
	}
	for (const p of geo.places) {
		if (!storyIds.has(p.id)) problems.push(`${FILES.places}: place "${p.id}" has no story (add a PlaceStory)`);
		if (!usedPlaces.has(p.id)) problems.push(`${FILES.chapters}: place "${p.id}" belongs to no chapter`);
	}

	for (const n of input.sourceNotes) {
		const where = `${FILES.notes}: note "${n.id}"`;
		if (n.variants.length < 2) problems.push(`${where}: a contradiction needs at least two variants`);
		for (const [j, v] of n.variants.entries()) {
			if (!v.text.trim()) problems.push(`${where}, variant ${j + 1}: has no text`);
			if (!v.where.trim()) problems.push(`${where}, variant ${j + 1}: does not say where in the report it stands`);
		}
		checkText(`${where}, used`, n.used);
		checkText(`${where}, why`, n.why);
	}
	return problems;
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const d = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The story's metadata: a byline, dates in order, and a source document named in full. */
export function validateMeta(meta: StoryMeta): string[] {
	const problems: string[] = [];
	const where = (field: string) => `${FILES.meta}: ${field}`;
	for (const field of ['title', 'subtitle', 'standfirst', 'credit'] as const) {
		if (!meta[field].trim()) problems.push(`${where(field)}: is empty`);
	}
	if (!meta.byline.name.trim()) problems.push(`${where('byline.name')}: is empty (a team credit will do)`);
	for (const field of ['published', 'updated'] as const) {
		if (!isIsoDate(meta[field])) problems.push(`${where(field)}: "${meta[field]}" is not a date written YYYY-MM-DD`);
	}
	if (isIsoDate(meta.published) && isIsoDate(meta.updated) && meta.updated < meta.published)
		problems.push(`${where('updated')}: ${meta.updated} is before the publication date ${meta.published}`);
	const doc = meta.sourceDocument;
	if (!doc.title.trim()) problems.push(`${where('sourceDocument.title')}: is empty`);
	if (doc.publishers.length === 0) problems.push(`${where('sourceDocument.publishers')}: names no publisher`);
	for (const [i, p] of doc.publishers.entries()) {
		if (!p.name.trim()) problems.push(`${where(`sourceDocument.publishers[${i}]`)}: has no name`);
		if (p.website !== undefined && !/^https:\/\//.test(p.website))
			problems.push(`${where(`sourceDocument.publishers[${i}]`)}: website is not https: ${p.website}`);
	}
	if (doc.url !== null && !/^https?:\/\//.test(doc.url)) problems.push(`${where('sourceDocument.url')}: is not http(s): ${doc.url}`);
	if (!doc.availability.trim()) problems.push(`${where('sourceDocument.availability')}: must say how a reader can get the document`);
	return problems;
}
