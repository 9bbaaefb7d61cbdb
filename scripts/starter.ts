/**
 * The starter story that `npm run new-story -- <id>` writes: two chapters and two places, every
 * file the build reads, and a plain-text source document that its numbers and quotation come
 * from, so that it builds, shows and passes the accuracy checks at once. Each file says what to
 * replace; src/content/README.md describes every field.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A story id: lower-case words joined by hyphens (it is the story's address, /stories/<id>/). */
export const STORY_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The starter's files, by path inside the story's folder. Ids carry the story's, to stay unique. */
export function starterFiles(id: string, today = new Date().toISOString().slice(0, 10)): Record<string, string> {
	const first = `${id}-lisbon`;
	const second = `${id}-porto`;
	const feature = (pid: string, name: string, lngLat: [number, number]) =>
		JSON.stringify({
			type: 'Feature',
			id: pid,
			properties: {
				name,
				kind: 'point',
				certainty: 'exact',
				expected_country: 'Portugal',
				sources: ['GeoNames (CC BY 4.0)'],
				certainty_note: 'The city’s centre, as GeoNames gives it.'
			},
			geometry: { type: 'Point', coordinates: lngLat }
		});
	return {
		'story.yaml': `# yaml-language-server: $schema=../schema/story.schema.json
# The story's metadata. Replace every value; src/content/README.md says what each one is.
title: A New Map Story
subtitle: Replace with the story's subtitle
standfirst: Replace with one or two sentences that say what the story tells.
language: en
credit: "Source: The source document. Map data: Natural Earth; GeoNames."
byline: { name: Your desk, type: Organization }
published: '${today}'
updated: '${today}'
sourceDocument:
  title: The source document
  kind: document
  publishers: [ { name: Publisher of the document } ]
  url: null
  availability: Say here how a reader can get the document.
# The document as plain text: the accuracy tests find every number and quotation of the story in it.
sourceText: source.txt
translationNote: as rendered in the document, from another language ({via})
shareImageAlt: A map of Portugal marking Lisbon and Porto.
share: { origin: '', publisher: { name: A New Map Story, url: '' }, twitterSite: '', oembedCacheAge: 86400 }
`,
		'source.txt': `Replace this file with the plain text of your source document.

Lisbon is the capital of Portugal. Porto lies about 270 km to the north of it, at the mouth of the Douro.
"A quotation must be found in the document, word for word," as the editor says.
`,
		'sources.yaml': `# yaml-language-server: $schema=../schema/sources.schema.json
# The end notes: every paragraph, fact and quotation cites one of these by id.
# A footnote of the document is given with its number and text (footnote, citation), which the
# tests find in source.txt; a part of the document, as here, with its section.
- id: doc-1
  section: Page 1
`,
		'notes.yaml': `# yaml-language-server: $schema=../schema/notes.schema.json
# Where the source contradicts itself, and which reading the story uses.
[]
`,
		'figures.yaml': `# yaml-language-server: $schema=../schema/figures.schema.json
# Numbers computed from the map data, used in the text as {{id}}.
[]
`,
		'map.yaml': `# yaml-language-server: $schema=../schema/map.schema.json
# The basemap's emphasis: the countries drawn darker, seas named, renamed or disputed borders.
emphasis: [ Portugal ]
seas: []
renames: {}
disputed: []
`,
		'places.geojson': `{"type":"FeatureCollection","features":[
${feature(first, 'Lisbon', [-9.1333, 38.7167])},
${feature(second, 'Porto', [-8.611, 41.1496])}
]}
`,
		[`places/${first}.md`]: `---
summary: The capital of Portugal. Replace with what the story says of this place.
---

Lisbon is the capital of Portugal. [^doc-1]
`,
		[`places/${second}.md`]: `---
summary: A city on the Douro. Replace with what the story says of this place.
---

Porto lies about 270 km to the north of Lisbon, at the mouth of the Douro. [^doc-1]
`,
		[`chapters/01-${id}-start.md`]: `---
nav: Start
kicker: Chapter one
title: Where the Story Starts
summary: Replace with the chapter's summary.
places: [ ${first} ]
# A fixed camera: a fit to one place would zoom to the street. Drop it to fit the places.
camera: { center: [ -8.2, 39.6 ], zoom: 5.2 }
caption: "Map: Lisbon, the capital of Portugal."
---

Replace this paragraph with the chapter's text. Each paragraph cites its source. [^doc-1]
`,
		[`chapters/02-${id}-north.md`]: `---
nav: North
kicker: Chapter two
title: To the North
summary: Replace with the chapter's summary.
places: [ ${first}, ${second} ]
caption: "Map: Lisbon and Porto."
quotes:
  - text: A quotation must be found in the document, word for word
    speaker: The editor
    role: of the document
    context: in the document
    cite: [ doc-1 ]
---

Porto lies about 270 km to the north of Lisbon. [^doc-1]
`
	};
}

/**
 * Writes the starter story into `contentRoot/<id>/` and adds it to site.yaml's stories, last.
 * Refuses a malformed id, or one whose folder exists or that site.yaml already lists.
 */
export function writeStarter(contentRoot: string, id: string): string[] {
	if (!STORY_ID.test(id)) throw new Error(`"${id}" is not a story id: lower-case words joined by hyphens, e.g. my-story`);
	const dir = join(contentRoot, id);
	if (existsSync(dir)) throw new Error(`${dir} exists already: choose another id`);
	const sitePath = join(contentRoot, 'site.yaml');
	const site = readFileSync(sitePath, 'utf8');
	const list = /^stories:\s*\[([^\]]*)\]/m.exec(site);
	if (!list) throw new Error(`${sitePath}: no "stories: [ … ]" line to add the story to`);
	const ids = list[1]!
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	if (ids.includes(id)) throw new Error(`${sitePath} lists "${id}" already`);
	const written: string[] = [];
	for (const [file, text] of Object.entries(starterFiles(id))) {
		const path = join(dir, file);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
		written.push(path);
	}
	writeFileSync(sitePath, site.replace(list[0], `stories: [${[...ids, id].join(', ')}]`));
	return written;
}
