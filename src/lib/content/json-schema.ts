/**
 * The schemas of a story folder's files as JSON Schema, for editors' autocompletion and checking
 * as they type (VS Code's YAML extension reads the `# yaml-language-server: $schema=…` line at the
 * top of each file). Written to src/content/schema/ by `npm run schemas`; a test keeps them current.
 */
import { z } from 'zod';
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
	timelineSchema
} from './schema';

/** Each file's schema, by the name of its JSON Schema file (`<name>.schema.json`). */
export const FILE_SCHEMAS = {
	site: [siteSchema, 'src/content/site.yaml: the stories, in order'],
	story: [metaSchema, '<story>/story.yaml: the story’s metadata'],
	chapter: [chapterFrontSchema, '<story>/chapters/NN-<id>.md: the front matter of a chapter'],
	place: [placeFrontSchema, '<story>/places/<id>.md: the front matter of a place'],
	places: [placesSchema, '<story>/places.geojson: positions, with how sure each is'],
	sources: [sourcesSchema, '<story>/sources.yaml: the end notes'],
	notes: [notesSchema, '<story>/notes.yaml: where the source contradicts itself'],
	map: [mapSchema, '<story>/map.yaml: what the basemap names and emphasises'],
	figures: [figuresSchema, '<story>/figures.yaml: figures computed from the map data'],
	routes: [routesSchema, '<story>/routes.yaml: lines from an origin to the theatres'],
	timeline: [timelineSchema, '<story>/timeline.yaml: the deployment timeline']
} as const satisfies Record<string, readonly [z.ZodType, string]>;

/** The JSON Schema text of one file kind, as committed (stable key order, a trailing newline). */
export function jsonSchemaText(name: keyof typeof FILE_SCHEMAS): string {
	const [schema, title] = FILE_SCHEMAS[name];
	// `input`: what an editor writes (defaults may be left out).
	const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
	return `${JSON.stringify(json, null, '\t')}\n`;
}
