/**
 * Every word of the viewer's own interface (buttons, headings, hints, labels), in one place, ready
 * for translation: a story's words live in its folder (src/content/<story>/), these are the
 * viewer's. A translation is an object of the same shape (`satisfies UiStrings`). Templated
 * strings are functions of their values; where a sentence wraps a link or a citation, its parts
 * before and after are separate keys. `kind` is the kind of document a story is told from, in a
 * word ("report": the story's `sourceDocument.kind`).
 *
 * No imports: the geo build loads this through the date helpers.
 */

/** The first letter in upper case: a document's kind at the head of a label ("Report: …"). */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** "a", "a and b", "a, b and c". */
const listed = (items: readonly string[]) =>
	items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export const en = {
	/** Page titles: the page's own name first, then the story's. */
	titles: {
		story: (title: string, subtitle: string) => `${title}: ${subtitle}`,
		within: (page: string, story: string) => `${page} · ${story}`,
		timeline: (timeline: string, story: string) => `${timeline} — ${story}`,
		kiosk: (title: string) => `${title}: exhibition`,
		notFound: (story: string) => `Page not found · ${story}`
	},
	/** Dates as the pages print them (see $lib/story/dates and $lib/timeline/time). */
	dates: {
		months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
		/** "2 December 2026". */
		day: (day: number, month: string, year: number | string) => `${day} ${month} ${year}`,
		/** "November 2002". */
		month: (month: string, year: number | string) => `${month} ${year}`
	},
	/** Navigation landmarks. */
	nav: {
		chapters: 'Chapters',
		breadcrumb: 'Breadcrumb'
	},
	/** The story page: skip link, masthead and the floating "Explore the map". */
	story: {
		skipToStory: 'Skip to the story',
		eyebrow: 'A map story',
		reduceMotion: 'Reduce motion',
		byline: (name: string) => `By ${name}`,
		published: 'Published',
		updated: 'Updated',
		/** Before the source document's title, which follows in a <cite>. */
		toldFrom: 'Told from the',
		/** After the title. */
		publishedBy: (publishers: readonly string[]) => `, published by the ${publishers.join(' and the ')}.`,
		aboutSource: (kind: string) => `About the ${kind}`
	},
	chapter: {
		skipToPlaces: 'Skip to this chapter’s places',
		skipToNext: (title: string) => `Skip to the next chapter: ${title}`,
		skipToSources: 'Skip to the sources',
		places: 'Places in this chapter',
		/** What "Copy link" copies, in words. */
		thisChapter: 'this chapter'
	},
	/** The maps: the story's, an embed's and the kiosk's. */
	map: {
		explore: 'Explore the map',
		back: 'Back to the story',
		doneExploring: 'Done exploring',
		loading: 'Loading the map…',
		exploreHint: 'Lets you pan and zoom the map; scrolling then moves the map instead of the story.',
		embedExploreHint: 'Lets you pan and zoom the map; scrolling then moves the map.',
		/** The map canvas's accessible name. */
		canvas: 'Map. Arrow keys pan, plus and minus zoom. Press Escape to go back to the story.',
		embedCanvas: 'Map. Arrow keys pan, plus and minus zoom. Press Escape to stop exploring.',
		kioskCanvas: 'Map. Drag to move it, pinch or use the plus and minus buttons to zoom.',
		failed:
			'The interactive map could not start on this device, so this is a fixed map of each chapter. Every place is listed, with its details, in the chapters.',
		captionMore: 'More',
		captionLess: 'Less',
		/** Visually hidden, after "More" or "Less". */
		ofCaption: 'of the caption',
		zoom: 'Zoom',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		/** The folded map sources and licences on the live map (src/lib/map/engine.ts's SourcesControl). */
		data: 'Map data'
	},
	/** The map's key: short names where it shares the caption over the map, else the long ones. */
	mapKey: {
		short: {
			exact: 'exact',
			area: 'area',
			approximate: 'approximate',
			line: 'approximate line',
			town: 'town',
			'route-direct': 'route, direct',
			'route-transit': 'route, stated transit',
			disputed: 'disputed border'
		},
		long: {
			exact: 'exact position',
			area: 'area, its outline known (solid)',
			approximate: 'approximate position or area (dashed)',
			line: 'approximate line',
			town: 'town',
			'route-direct': 'route as the crow flies',
			'route-transit': 'route through a stated transit',
			disputed: 'disputed boundary'
		}
	},
	/** A place's button, its details and its panel. */
	place: {
		approximate: 'approximate',
		close: 'Close details',
		pageFor: (name: string) => `Page for ${name}`,
		placesOnMap: 'Places on this map',
		when: 'When:',
		howKnown: 'How the position is known',
		exact: 'Exact position',
		approximatePosition: (radius: string | null) => `Approximate position${radius ? `, within about ${radius}` : ''}.`,
		drawnAsCircle: 'The map draws it as a dashed circle, not a pin.',
		/** `shape` is how the map draws it: an outline or a line. */
		approximateShape: (shape: 'outline' | 'line', radius: string | null) =>
			`Approximate ${shape}${radius ? `, which may be off by about ${radius}` : ''}.`,
		drawnDashed: 'The map draws it dashed.',
		coordinates: 'Coordinates:',
		km: (km: number) => `${km} km`,
		metres: (m: number) => `${m} m`
	},
	/** A place's own page. */
	placePage: {
		skipToDetails: 'Skip to the details',
		back: '← Back to the story',
		eyebrow: 'Place',
		mapCaption: (name: string, approximate: 'line' | 'area' | null, chapter: string) =>
			`Map: ${name}${approximate ? `, drawn as an approximate ${approximate} (dashed)` : ''}, as in the chapter “${chapter}”.`,
		position: (exact: boolean, lat: string, lon: string) =>
			`${exact ? 'Position' : 'Centre of the approximate area'}: ${lat}° N, ${lon}° E`,
		inTheStory: 'In the story'
	},
	copyLink: {
		copy: 'Copy link',
		/** Visually hidden, after "Copy link". */
		to: (what: string) => ` to ${what}`,
		linkTo: (what: string) => `Link to ${what}`,
		copied: 'Link copied',
		copyByHand: 'Press Ctrl+C (or ⌘C) to copy the selected link'
	},
	/** Citation marks (their tooltips and what a screen reader says; see $lib/story/cite). */
	cite: {
		footnoteTitle: (footnote: number, citation: string) => `Footnote ${footnote}: ${citation}`,
		sectionTitle: (kind: string, section: string) => `${capitalised(kind)}: ${section}`,
		unknown: (id: string) => `Source ${id}`,
		footnote: (footnote: number, what: string) => `Source ${footnote}: ${what}`,
		/** A footnote without a citation: the section of the document it is in. */
		inSection: (kind: string, section: string) => `${kind}, ${section}`,
		section: (kind: string, section: string) => `Source: ${kind} section ${section}`
	},
	/** The end notes, computed figures and notes on the sources. */
	sources: {
		title: 'Sources',
		document: 'The source document',
		/** Before the document's title, which follows in a <cite>. */
		everything: 'Everything in this story comes from one document:',
		preparedBy: (publishers: readonly string[]) => `, prepared jointly by ${listed(publishers.map((p) => `the ${p}`))}.`,
		/** Before the document's address, which follows as a link; then a full stop. */
		readAt: 'It can be read at',
		/** Before the link to the map data. */
		notes: (kind: string) =>
			`Numbered notes are the ${kind}'s own footnotes, with the sources the ${kind} cites; “${kind}” marks a passage of the ${kind} without a footnote. Map positions come from the gazetteers named in each place's details; positions marked approximate are estimates. The map data can be downloaded as`,
		geojson: 'GeoJSON',
		/** An end note without a citation: the document itself. */
		documentItself: (kind: string) => capitalised(kind),
		where: (kind: string, section: string, footnote: number | undefined) =>
			`(${capitalised(kind)}: ${section}${footnote ? `, footnote ${footnote}` : ''})`,
		figures: 'Figures computed for this story',
		figuresText: (kind: string) =>
			`Distances and areas that the ${kind} does not give were computed from the map data with turf. They are straight-line (great-circle) figures, not road distances.`,
		sourceNotes: 'Notes on the sources',
		sourceNotesText: (kind: string) => `Where the ${kind} contradicts itself, this story uses one form and records the others here.`,
		uses: 'This story uses:'
	},
	/** "Get the data": the downloads (the files' names are not translated). */
	data: {
		title: 'Get the data',
		lead: (kind: string, chart: boolean) =>
			`The data behind the maps${chart ? ' and the chart' : ''}, free to reuse with credit to the ${kind}. Positions marked approximate are estimates: each file says how certain a position is and where it comes from.`,
		/** What each file holds, after its link (its name). */
		placesGeojson: ' — every place and area with its shape, certainty (exact or approximate, with a radius and the reason) and coordinate sources.',
		placesCsv: (kind: string) =>
			` — the same places, one row each: the label point for areas and lines, certainty, coordinate sources, the chapters they appear in and the ${kind}’s footnotes behind their story.`,
		routes: (kind: string) =>
			` — the routes the maps draw, as great circles: each says whether it passes a transit the ${kind} states, or is direct because it gives no route.`,
		timeline: (kind: string) => ` — each operation’s strength as the ${kind} gives it, with dates, footnotes and the stretches it gives no figure for.`
	},
	/** The timeline chart and its table. */
	timeline: {
		scrollHint: 'The chart scrolls sideways\u00a0→',
		chartLabel: 'Timeline chart, scrolls sideways',
		unstated: (from: string, to: string, kind: string) =>
			`${from} to ${to}: the operation continued, but the ${kind} states no strength for this time.`,
		to: (date: string) => ` to ${date}`,
		/** An end note in the timeline's table and CSV: “Report footnote 94”, “Report, Chapter 3, …”. */
		footnote: (kind: string, n: number) => `${capitalised(kind)} footnote ${n}`,
		section: (kind: string, section: string) => `${capitalised(kind)}, ${section}`,
		rowUntil: (date: string) => `until ${date}`,
		rowContinuing: (year: number) => `continuing (as of ${year})`,
		until: (date: string) => ` until ${date}`,
		continuing: (year: number) => `, continuing (as of ${year})`,
		/** `until` is one of the three above. */
		strength: (value: number, from: string, until: string) => `${value} personnel from ${from}${until}.`,
		period: (from: string, to: string) => `${from} to ${to}`,
		/** A bar's tooltip without JavaScript (its <title>). */
		barTitle: (title: string, text: string, source: string) => `${title}: ${text} Source: ${source}.`,
		source: (source: string) => `Source: ${source}`,
		keyStated: (kind: string) => `strength stated by the ${kind}`,
		keyUnstated: 'no strength stated',
		/** The source line: before the document's title, which follows in a <cite>… */
		sourceLead: 'Source:',
		/** …after it, before the links to the notes on the sources, which end with a full stop. */
		sourceRest: (footnotes: string, kind: string) =>
			`, with its footnotes ${footnotes} and passages without a footnote, as listed in the table. Where the ${kind} contradicts itself, see the notes on the sources:`,
		/** Before the CSV's link. */
		data: 'Data:',
		table: 'The figures as a table',
		tableCaption: (kind: string) => `Contingent strength by operation, as the ${kind} gives it`,
		columns: { operation: 'Operation', from: 'From', to: 'To', personnel: 'Personnel', source: 'Source' },
		notStated: 'not stated'
	},
	/** The embeds: chapter cards, the whole story, the timeline. */
	embed: {
		readStory: 'Read the full story',
		readStoryTitled: (title: string) => `Read the full story: ${title}`,
		from: (documentTitle: string) => `From the ${documentTitle}`,
		/** The timeline embed's name (its page title, the embed code's title). */
		timeline: 'Timeline'
	},
	/** "Embed this": the embed code offered beside a chapter's card or the timeline. */
	embedCode: {
		embedMap: 'Embed this map',
		embedChart: 'Embed this chart',
		cardOfChapter: 'A map card of this chapter',
		thisChart: 'This chart',
		/** Before the preview link (`what` is one of the two above)… */
		leadBefore: (what: string) => `${what} for your page (`,
		preview: 'preview',
		/** …and after it. */
		leadAfter: '). It sizes itself where the host understands Pym.js, AMP or iframe.resize messages, and fits a fixed height where it does not.',
		iframe: (height: number) => `Iframe (${height} px tall by default)`,
		copyIframe: 'Copy iframe code',
		pym: 'Pym.js (resizes itself)',
		copyPym: 'Copy Pym.js code',
		story: 'Embed the whole story (Pym.js: told as your page scrolls)',
		copyStory: 'Copy whole-story code',
		/** What was copied, for the status line. */
		iframeCode: 'Iframe code',
		pymCode: 'Pym.js code',
		storyCode: 'Whole-story code',
		copied: (what: string) => `${what} copied.`,
		copyByHand: 'Press Ctrl+C (or ⌘C) to copy the selected code.',
		/** Before the page's address, which follows as a link; then a full stop. */
		isAt: (what: string) => `${what} is at`
	},
	kiosk: {
		/** Visually hidden around "3 / 8". */
		chapter: 'Chapter',
		of: 'of',
		hint: 'Touch the screen to explore',
		previous: 'Previous',
		next: 'Next',
		stillThere: 'Still there?',
		/** Before the seconds left… */
		restartIn: 'The tour starts again in',
		/** …and after them. */
		seconds: (n: number) => `${n === 1 ? 'second' : 'seconds'}.`,
		continue: 'Continue exploring'
	},
	/** The 404 page and SvelteKit's error page. */
	notFound: {
		eyebrow: 'Page not found',
		error: (status: number) => `Error ${status}`,
		title: 'This page is not part of the story',
		errorTitle: 'Something went wrong',
		text: 'There is nothing at this address. It may be mistyped, or it may point to a page this story does not have. Every chapter is in the navigation above, and every place has a page linked from its chapter.',
		back: '← Back to the story',
		backTo: (title: string) => `← Back to the story: ${title}`,
		others: 'Other stories',
		/** Why a page of a story is missing (the error page shows it). */
		noPlace: (id: string) => `No place called “${id}” in this story`,
		noChapter: (id: string) => `No chapter called “${id}” in this story`,
		noTimeline: 'This story has no timeline',
		noEmbed: (id: string) => `No embeddable page called “${id}”`
	},
	/** Share cards' alternative texts (src/lib/share/pages.server.ts). */
	share: {
		chapterAlt: (title: string, caption: string) => `“${title}” beside the chapter’s map. ${caption}`,
		placeAlt: (name: string, approximate: boolean) =>
			`“${name}” beside a map of ${name} and its surroundings${approximate ? ', its position drawn as approximate' : ''}.`
	},
	index: {
		eyebrow: 'Map stories',
		read: 'Read the story',
		chapters: (n: number) => `${n} chapters`,
		kiosk: 'Exhibition kiosk'
	},
	kioskMenu: {
		hint: 'Touch a story to begin',
		chapters: (n: number) => `${n} chapters`,
		allStories: 'All stories'
	}
};

export type UiStrings = typeof en;

/** The interface's words. One language for now: the stories' own language tags say which. */
export const ui: UiStrings = en;
