/**
 * The schemas of a story folder's files (src/content/<story>/…): what an editor may write, checked
 * at build time (load.ts) and published as JSON Schema for editors' autocompletion
 * (src/content/schema/, written by `npm run schemas`). Types for the rest of the code are inferred
 * from them. Build-time only: the browser never loads zod.
 */
import { z } from 'zod';

/** Lower-case words joined by hyphens: chapter, place, source, note and route ids. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(ID, 'must be lower-case words joined by hyphens (e.g. "old-town-bridge")');
const text = z.string().trim().min(1, 'is empty');
const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).describe('[longitude, latitude] in degrees (WGS84)');
const httpUrl = z.string().regex(/^https?:\/\//, 'must start with http:// or https://');

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const d = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
const isoDate = z.string().refine(isIsoDate, 'is not a date written YYYY-MM-DD');
/** A date at the precision the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'is not a date (YYYY, YYYY-MM or YYYY-MM-DD)');
const cite = z.array(id).min(1, 'cites no source').describe('end-note ids from sources.yaml');

export const factSchema = z.strictObject({
	value: text.describe('the figure as shown: "34", "5,000+"'),
	label: text,
	cite
});

export const quoteSchema = z.strictObject({
	text: text.describe('the words exactly as the source document gives them'),
	speaker: text,
	role: text,
	context: text.describe('where and when: "in his Foreword to the report"'),
	cite,
	via: text
		.optional()
		.describe(
			'the other-language outlet the quotation reached the source document through (its footnote): the English is then a translation back, and every renderer says so'
		)
});

export const cameraSchema = z.strictObject({
	center: lngLat,
	zoom: z.number().min(0).max(22),
	bearing: z.number().optional(),
	pitch: z.number().min(0).max(85).optional()
});

/** Figures a chapter may place after its text. */
export const FIGURES = ['timeline'] as const;

/** The front matter of chapters/NN-<id>.md. The paragraphs are the file's body. */
export const chapterFrontSchema = z.strictObject({
	nav: text.describe('short label in the chapter bar'),
	kicker: text.describe('short line above the title, usually the years'),
	title: text,
	summary: text.describe('two sentences: used by map cards, previews and the kiosk'),
	places: z.array(id).describe('places and areas highlighted on the map, in list order'),
	caption: text.refine((c) => c.startsWith('Map: '), 'must start with "Map: "').describe("the map's caption: what it shows, in words"),
	fit: z.array(id).optional().describe('the places the view is fitted to, when not all of them'),
	camera: cameraSchema.optional().describe("a fixed camera; without it the map fits the chapter's places"),
	maxZoom: z.number().min(0).max(22).optional().describe('upper zoom limit when the map fits the places (default 11)'),
	overview: z.boolean().optional().describe("an overview chapter shows every route, and is never a place's home chapter"),
	figure: z.enum(FIGURES).optional().describe("a figure placed after the chapter's text"),
	embedHeight: z
		.number()
		.int()
		.min(300)
		.max(3000)
		.optional()
		.describe("the chapter card's default height in a fixed iframe, in CSS pixels (measured)"),
	facts: z.array(factSchema).optional(),
	quotes: z.array(quoteSchema).optional()
});

/** The front matter of places/<id>.md. */
export const placeFrontSchema = z.strictObject({
	summary: text.describe('one sentence: what happened here'),
	dates: text.optional().describe("only dates the source document gives near this place's name"),
	facts: z.array(factSchema).optional()
});

export const sourceSchema = z.strictObject({
	id,
	footnote: z.number().int().positive().optional().describe("the source document's footnote number; the id is then fn<number>"),
	section: text.describe('where in the source document'),
	citation: text.optional().describe("the footnote's own text, as the source document gives it"),
	url: httpUrl.optional(),
	language: z
		.string()
		.regex(/^[a-z]{2,3}$/, 'is not a language code (e.g. "az")')
		.optional()
		.describe("the footnote's outlet's language, when it is not the story's: a quotation citing it needs `via`")
});
export const sourcesSchema = z.array(sourceSchema);

export const sourceNoteSchema = z.strictObject({
	id,
	topic: text,
	variants: z
		.array(z.strictObject({ text, where: text.describe('where in the source document it stands') }))
		.min(2, 'a contradiction needs at least two readings'),
	used: text,
	why: text
});
export const notesSchema = z.array(sourceNoteSchema);

const party = z.strictObject({ name: z.string(), url: z.string() });

export const metaSchema = z.strictObject({
	title: text,
	subtitle: text,
	standfirst: text,
	language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'is not a language tag (e.g. "en")'),
	credit: text.describe('the credit line under every map and embed'),
	byline: z.strictObject({ name: text.describe('a team credit will do'), type: z.enum(['Organization', 'Person']) }),
	published: isoDate,
	updated: isoDate,
	sourceDocument: z.strictObject({
		title: text,
		kind: text.describe('what the document is, in a word: "report"'),
		publishers: z
			.array(
				z.strictObject({
					name: text,
					type: z.enum(['Organization', 'GovernmentOrganization']).optional(),
					alternateName: text.optional(),
					website: z
						.string()
						.regex(/^https:\/\//, 'is not an https address')
						.optional()
				})
			)
			.min(1, 'names no publisher'),
		url: httpUrl.nullable().describe('where the document can be read; null when it gives none (never a guess)'),
		availability: text.describe('in plain words, how a reader can get the document')
	}),
	sourceText: z
		.string()
		.optional()
		.describe(
			"a plain-text copy of the source document, relative to the story's folder: the accuracy tests find every number and quotation in it (never published)"
		),
	translationNote: text
		.refine((t) => t.includes('{via}'), 'must contain {via}, where the outlet goes')
		.describe("what a quotation's attribution adds when it reached the document through another language: {via} is the outlet"),
	shareImageAlt: text.describe("the story's share card, in words"),
	share: z.strictObject({
		origin: z.string().describe("the public origin ('' = from SITE_ORIGIN, or the local preview)"),
		publisher: party,
		twitterSite: z.string(),
		oembedCacheAge: z.number().int().nonnegative()
	})
});

/** The basemap's words and emphasis for one story. */
export const mapSchema = z.strictObject({
	emphasis: z.array(text).describe('countries always named on the world map: the story’s countries'),
	seas: z.array(z.strictObject({ name: text, lngLat })).describe('sea labels, placed by hand in open water'),
	renames: z.record(z.string(), text).describe("Natural Earth names shown otherwise: { 'Old name': 'Name today' }"),
	unlabelled: z.array(text).default([]).describe('Natural Earth areas drawn but not named as states'),
	disputed: z
		.array(z.strictObject({ country: text, legend: text.describe("the key's words for its dashed boundary") }))
		.describe('countries whose boundaries are drawn dashed'),
	theatres: z
		.array(
			z.strictObject({
				id,
				box: z
					.tuple([z.number(), z.number(), z.number(), z.number()])
					.describe('[west, south, east, north]: the finer data is clipped to it'),
				admin1Adm0: text.optional().describe('Natural Earth adm0_a3 of the country whose admin-1 units are drawn'),
				precision: z.number().int().min(1).max(7),
				minWeight: z.number().nonnegative(),
				townSpacingKm: z.number().positive().default(5),
				regions: z.record(z.string(), text).default({}).describe('admin-1 units labelled (ISO 3166-2 code: name)'),
				extract: z
					.strictObject({
						riverLevels: z.array(z.number().int().min(1).max(4)).min(1),
						townCap: z.number().int().positive(),
						nearKm: z.number().positive()
					})
					.optional()
					.describe(
						"how geo/scripts/extract-context.ts cuts the theatre's rivers (WDBII levels) and towns (the most populous, and those near the story's places)"
					)
			})
		)
		.default([])
		.describe('areas drawn with finer data (10 m borders, rivers, towns)'),
	towns: z
		.array(z.strictObject({ name: text, lngLat, source: text, place: id.optional() }))
		.default([])
		.describe('towns placed by hand on the theatre maps'),
	runways: z.array(z.strictObject({ name: text, ends: z.tuple([lngLat, lngLat]), source: text })).default([]),
	rivers: z
		.array(z.strictObject({ name: text, anchors: z.array(lngLat).min(1) }))
		.default([])
		.describe(
			'names for the rivers of the context data, which come unnamed: a river line is named after the anchor points (towns on it) it passes'
		)
});

/** Where a figure measures from: a place, or a town of map.yaml. */
const figureEnd = z.union([id, z.strictObject({ town: text })]);
export const figureSchema = z.discriminatedUnion('kind', [
	z.strictObject({ id, kind: z.literal('distance'), from: figureEnd, to: figureEnd, method: text }),
	z.strictObject({ id, kind: z.literal('bearing'), from: figureEnd, to: figureEnd, method: text }),
	z.strictObject({ id, kind: z.literal('area'), place: id, method: text }),
	z.strictObject({ id, kind: z.literal('admin1-area'), code: text, method: text }),
	z.strictObject({ id, kind: z.literal('border-length'), place: id, neighbour: text, method: text })
]);
export const figuresSchema = z.array(figureSchema);

export const ROUTE_KINDS = ['stated-transit', 'direct'] as const;
export const routesSchema = z.strictObject({
	from: id.describe('the place every line starts from'),
	directWords: text.describe('what a direct line is, in the caption and the data'),
	allCaption: text.describe("the caption's sentence when every route shows"),
	legend: z.strictObject({ direct: text, transit: text }).describe("the map key's words for each kind of line"),
	dataNotes: z
		.strictObject({ direct: text, transit: text.refine((t) => t.includes('{via}'), 'must contain {via}, where the stop goes') })
		.describe("what each kind of line is, in routes.geojson's note"),
	stops: z
		.array(z.strictObject({ name: text, lngLat, source: text }))
		.default([])
		.describe('points a stated transit is drawn through'),
	routes: z.array(
		z.strictObject({
			id,
			chapters: z.array(id).describe('the chapters that show this route alone (overview chapters show all)'),
			to: id,
			kind: z.enum(ROUTE_KINDS),
			transit: text.nullable(),
			drawnThrough: text.nullable(),
			reportWords: text.nullable(),
			caption: text,
			cite
		})
	)
});

const evidence = z.array(text).min(1, 'needs the source’s words as evidence');
export const timelineSchema = z.strictObject({
	title: text.describe('the chart’s title'),
	description: text.describe('one sentence for share tags and the embed'),
	fromYear: z.number().int(),
	asOf: z.strictObject({ year: z.number().int(), evidence, cite }),
	operations: z.array(
		z.strictObject({
			id,
			name: text,
			chapter: id.describe('the chapter that tells it: bars link there'),
			start: partialDate,
			end: partialDate.optional(),
			dates: z.strictObject({ evidence, cite }),
			strengths: z.array(
				z.strictObject({ value: z.number().int().positive(), from: partialDate, to: partialDate.optional(), evidence, cite })
			),
			notes: z.array(id).optional()
		})
	),
	overlap: z
		.strictObject({
			name: text,
			chapter: id,
			from: partialDate,
			to: partialDate,
			value: z.number().int().positive(),
			label: text.describe('the figure in words, in the tooltip and the table'),
			band: text.describe('the label on the band: {value} is the figure'),
			key: text.describe("the key's words for the band"),
			detail: text.describe('what the tooltip adds after the label'),
			evidence,
			cite,
			notes: z.array(id)
		})
		.optional(),
	reading: z.array(text)
});

export const siteSchema = z.strictObject({
	stories: z.array(id).min(1, 'lists no story').describe('the stories, in order: the first is served at the root'),
	title: text.describe('the index of stories, and the kiosk menu'),
	description: text,
	analytics: z
		.string()
		.regex(/^[a-z][a-z0-9-]*$/, 'is not a namespace of lower-case letters, digits and hyphens')
		.describe('the namespace of the analytics events the pages announce: `<analytics>:chapter-view`, … (README, Analytics)')
});

export type Fact = z.infer<typeof factSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Camera = z.infer<typeof cameraSchema>;
export type ChapterFront = z.infer<typeof chapterFrontSchema>;
export type PlaceFront = z.infer<typeof placeFrontSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourceNote = z.infer<typeof sourceNoteSchema>;
export type StoryMeta = z.infer<typeof metaSchema>;
export type MapConfig = z.infer<typeof mapSchema>;
export type FigureSpec = z.infer<typeof figureSchema>;
export type RoutesConfig = z.infer<typeof routesSchema>;
export type RouteStory = RoutesConfig['routes'][number];
export type RouteKind = RouteStory['kind'];
export type Timeline = z.infer<typeof timelineSchema>;
export type Operation = Timeline['operations'][number];
export type Strength = Operation['strengths'][number];
export type Overlap = NonNullable<Timeline['overlap']>;
export type SiteConfig = z.infer<typeof siteSchema>;

/** How the geo build makes a place's geometry, when the file does not give it whole. */
export const constructSchema = z.union([
	z.literal('circle').describe('an approximate area: a circle of radius_m around the Point'),
	z
		.strictObject({
			kind: z.literal('border-fit'),
			admin1: text.describe('Natural Earth admin-1 code of the unit the area is cut from'),
			country: text,
			borders: z.record(z.string(), z.number().positive()).describe('stretches of border the source gives, in km, by neighbour'),
			searchKm: z.number().positive().default(12)
		})
		.describe('an area of the admin-1 unit cut by a circle fitted so that its stretches of border match the lengths given'),
	z.strictObject({ kind: z.literal('river-slice'), river: text }).describe('the river between the LineString’s two ends'),
	z
		.strictObject({ kind: z.literal('river-band'), river: text, band: z.tuple([lngLat, lngLat]) })
		.describe('water drawn as a band radius_m wide each side of the river between the two ends'),
	z
		.strictObject({ kind: z.literal('country'), country: z.union([text, z.array(text).min(1)]) })
		.describe("the country's outline (Natural Earth), or several countries' joined into one area")
]);

export const CERTAINTIES = ['exact', 'approximate'] as const;
export const KINDS = ['point', 'area', 'line'] as const;

export const placePropsSchema = z.strictObject({
	name: text,
	kind: z.enum(KINDS),
	certainty: z.enum(CERTAINTIES),
	expected_country: text.describe('the country its label point lies in, as the map names it: the build checks it'),
	sources: z.array(text).describe('where the coordinate comes from'),
	certainty_note: text.describe('how the position is known; for an estimate, why and by how much'),
	radius_m: z.number().positive().optional().describe('how far off an approximate position may be'),
	construct: constructSchema.optional(),
	map_group: text.optional().describe('places drawn as one area share it, and are labelled together'),
	anchor_km: z.number().nonnegative().optional().describe('for a line: where along it (km from its start) the marker goes')
});

const geometry = z.union([
	z.strictObject({ type: z.literal('Point'), coordinates: lngLat }),
	z.strictObject({ type: z.literal('LineString'), coordinates: z.array(lngLat).min(2, 'a LineString needs at least 2 positions') })
]);

export const placeFeatureSchema = z.strictObject({
	type: z.literal('Feature'),
	id,
	properties: placePropsSchema,
	geometry: geometry.nullable()
});
export const placesSchema = z.strictObject({ type: z.literal('FeatureCollection'), features: z.array(placeFeatureSchema) });

export type Construct = z.infer<typeof constructSchema>;
export type PlaceProperties = z.infer<typeof placePropsSchema>;
export type SourcePlace = z.infer<typeof placeFeatureSchema>;
export type Certainty = (typeof CERTAINTIES)[number];
export type Kind = (typeof KINDS)[number];
