/**
 * The story folder checked against itself: every citation, place, figure, note, route and
 * chapter reference resolves, every place has its story and its chapter, quotations that reached
 * the source document through another language say so. Each problem names the file and line
 * (from the reader's locations), the item and what is wrong. Pure.
 */
import type { Locations, Paragraph, StoryContent } from './load';
import type { Fact, Quote, Timeline } from './schema';
import { endOf, parsePartialDate, startOf } from '../timeline/time';
import { FIGURE_PLACEHOLDER } from './placeholder';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Whether `text` states `value`, as digits (34, 1,000) or, for small numbers, as a word (“two”). */
export function statesNumber(text: string, value: number): boolean {
	const digits = new RegExp(`(^|[^\\d,.])${value.toLocaleString('en-US').replace(/,/g, ',?')}(?![\\d]|[,.]\\d)`);
	if (digits.test(text)) return true;
	const word = WORDS[value];
	return word !== undefined && new RegExp(`\\b${word}\\b`, 'i').test(text);
}

export function validateStory(c: StoryContent, where: Locations): string[] {
	const problems: string[] = [];
	const at = (key: string, fallback: string) => where[key] ?? fallback;
	const sourcesFile = at('file:sources.yaml', 'sources.yaml');
	const sourceIds = new Set<string>();
	for (const s of c.sources) {
		const w = `${at(`source:${s.id}`, sourcesFile)}: source "${s.id}"`;
		if (sourceIds.has(s.id)) problems.push(`${w}: duplicate id`);
		sourceIds.add(s.id);
		if (s.footnote !== undefined && s.id !== `fn${s.footnote}`)
			problems.push(`${w}: id should be "fn${s.footnote}" for footnote ${s.footnote}`);
	}
	const noteIds = new Set<string>();
	for (const n of c.sourceNotes) {
		if (noteIds.has(n.id)) problems.push(`${at(`note:${n.id}`, 'notes.yaml')}: note "${n.id}": duplicate id`);
		noteIds.add(n.id);
	}
	const figureIds = new Set(c.figures.map((f) => f.id));
	const placeIds = new Set(c.places.features.map((f) => f.id));
	const seenPlaces = new Set<string>();
	for (const f of c.places.features) {
		if (seenPlaces.has(f.id)) problems.push(`${at(`place:${f.id}`, 'places.geojson')}: place "${f.id}": duplicate id`);
		seenPlaces.add(f.id);
	}
	const language = c.meta.language.split('-')[0];

	const checkText = (w: string, text: string) => {
		for (const [, id] of text.matchAll(FIGURE_PLACEHOLDER)) {
			if (!figureIds.has(id!)) problems.push(`${w}: uses unknown figure {{${id}}} (figures.yaml)`);
		}
	};
	const checkCites = (w: string, cite: readonly string[]) => {
		for (const id of cite) if (!sourceIds.has(id)) problems.push(`${w}: cites unknown source "${id}"`);
	};
	const checkParagraphs = (key: string, w: string, ps: readonly Paragraph[]) => {
		ps.forEach((p, i) => {
			const pw = `${at(`${key}:paragraph:${i + 1}`, w.split(': ')[0]!)}: ${w.split(': ').slice(1).join(': ')}, paragraph ${i + 1}`;
			checkText(pw, p.text);
			checkCites(pw, p.cite);
		});
	};
	const checkFacts = (w: string, facts: readonly Fact[] = []) => facts.forEach((f, i) => checkCites(`${w}, fact ${i + 1}`, f.cite));
	const checkQuotes = (w: string, quotes: readonly Quote[] = []) =>
		quotes.forEach((q, i) => {
			const qw = `${w}, quote ${i + 1}`;
			checkText(qw, q.text);
			checkCites(qw, q.cite);
			const foreign = q.cite.filter((id) => {
				const l = c.sources.find((s) => s.id === id)?.language;
				return l !== undefined && l !== language;
			});
			if (foreign.length && !q.via)
				problems.push(`${qw}: cites a source in another language (${foreign.join(', ')}) but does not say so: give via`);
			if (q.via && !foreign.length)
				problems.push(`${qw}: via is set but it cites no source in another language (give the source its language)`);
		});

	const chapterIds = new Set<string>();
	const usedPlaces = new Set<string>();
	for (const ch of c.chapters) {
		const w = `${at(`chapter:${ch.id}`, 'chapters')}: chapter "${ch.id}"`;
		if (chapterIds.has(ch.id)) problems.push(`${w}: another chapter has the same id`);
		chapterIds.add(ch.id);
		checkText(`${w}, title`, ch.title);
		checkText(`${w}, summary`, ch.summary);
		checkParagraphs(`chapter:${ch.id}`, w, ch.paragraphs);
		checkFacts(w, ch.facts);
		checkQuotes(w, ch.quotes);
		if (ch.places.length === 0 && !ch.camera) problems.push(`${w}: needs places or a camera`);
		for (const id of ch.places) {
			usedPlaces.add(id);
			if (!placeIds.has(id)) problems.push(`${w}: place "${id}" is not in places.geojson`);
		}
		for (const id of ch.fit ?? []) if (!ch.places.includes(id)) problems.push(`${w}: fit place "${id}" is not one of the chapter's places`);
		if (ch.figure === 'timeline' && !c.timeline) problems.push(`${w}: shows the timeline, but the story has no timeline.yaml`);
	}
	if (c.timeline && !c.chapters.some((ch) => ch.figure === 'timeline'))
		problems.push(`${at('file:timeline.yaml', 'timeline.yaml')}: no chapter shows the timeline (give one chapter figure: timeline)`);

	const storyIds = new Set<string>();
	for (const s of c.placeStories) {
		const w = `${at(`place-story:${s.id}`, 'places')}: place "${s.id}"`;
		storyIds.add(s.id);
		if (!placeIds.has(s.id)) problems.push(`${w}: is not in places.geojson`);
		checkText(`${w}, summary`, s.summary);
		checkParagraphs(`place-story:${s.id}`, w, s.paragraphs);
		checkFacts(w, s.facts);
	}
	for (const f of c.places.features) {
		const w = `${at(`place:${f.id}`, 'places.geojson')}: place "${f.id}"`;
		if (!storyIds.has(f.id)) problems.push(`${w}: has no story (add places/${f.id}.md)`);
		if (!usedPlaces.has(f.id)) problems.push(`${w}: belongs to no chapter`);
		problems.push(...placeProblems(f).map((m) => `${w}: ${m}`));
	}

	for (const n of c.sourceNotes) checkText(`${at(`note:${n.id}`, 'notes.yaml')}: note "${n.id}"`, `${n.used} ${n.why}`);

	for (const town of c.map.towns)
		if (town.place && !placeIds.has(town.place))
			problems.push(`${at('file:map.yaml', 'map.yaml')}: town "${town.name}": place "${town.place}" is not in places.geojson`);
	const towns = new Set(c.map.towns.map((t) => t.name));
	for (const f of c.figures) {
		const w = `${at(`figure:${f.id}`, 'figures.yaml')}: figure "${f.id}"`;
		const ends =
			f.kind === 'distance' || f.kind === 'bearing' ? [f.from, f.to] : f.kind === 'area' || f.kind === 'border-length' ? [f.place] : [];
		for (const e of ends) {
			if (typeof e === 'string' && !placeIds.has(e)) problems.push(`${w}: place "${e}" is not in places.geojson`);
			if (typeof e === 'object' && !towns.has(e.town)) problems.push(`${w}: town "${e.town}" is not in map.yaml's towns`);
		}
	}

	if (c.routes) {
		const w0 = at('file:routes.yaml', 'routes.yaml');
		if (!placeIds.has(c.routes.from)) problems.push(`${w0}: from: place "${c.routes.from}" is not in places.geojson`);
		const stops = new Set(c.routes.stops.map((s) => s.name));
		for (const r of c.routes.routes) {
			const w = `${w0}: route "${r.id}"`;
			if (!placeIds.has(r.to)) problems.push(`${w}: place "${r.to}" is not in places.geojson`);
			for (const ch of r.chapters) if (!chapterIds.has(ch)) problems.push(`${w}: unknown chapter "${ch}"`);
			checkCites(w, r.cite);
			for (const m of routeProblems(r, c.routes.directWords)) problems.push(`${w}: ${m}`);
			if (r.kind === 'stated-transit' && r.drawnThrough && !stops.has(r.drawnThrough))
				problems.push(`${w}: no stop "${r.drawnThrough}" in stops`);
		}
	}
	if (c.timeline) problems.push(...timelineProblems(c.timeline, at('file:timeline.yaml', 'timeline.yaml'), sourceIds, noteIds, chapterIds));
	return problems;
}

/** Problems with a place's certainty and construct, beyond its schema. */
export function placeProblems(f: StoryContent['places']['features'][number]): string[] {
	const p = f.properties;
	const out: string[] = [];
	const construct = typeof p.construct === 'string' ? p.construct : p.construct?.kind;
	if (p.certainty === 'approximate' && p.radius_m === undefined && construct !== 'country')
		out.push('an approximate position needs radius_m: how far off it may be');
	if (p.certainty === 'exact' && (p.radius_m !== undefined || construct === 'circle'))
		out.push('an exact place cannot be a circle or carry a radius');
	if (construct === 'circle' && (p.radius_m === undefined || f.geometry?.type !== 'Point')) out.push('a circle needs a Point and radius_m');
	if (construct === 'river-band' && p.radius_m === undefined) out.push('a river band needs radius_m (half its width)');
	if (construct === 'river-slice' && f.geometry?.type !== 'LineString')
		out.push('a river slice needs a LineString from one end to the other');
	if (f.geometry === null && (construct === undefined || construct === 'circle' || construct === 'river-slice'))
		out.push('geometry is null but nothing constructs it');
	if (f.geometry && p.kind === 'line' && f.geometry.type !== 'LineString') out.push('kind "line" needs a LineString');
	if (f.geometry && p.kind !== 'line' && f.geometry.type !== 'Point' && construct !== 'river-slice')
		out.push(`kind "${p.kind}" needs a Point (centre or label point)`);
	return out;
}

/** Problems with a route's kind and its fields. */
export function routeProblems(r: NonNullable<StoryContent['routes']>['routes'][number], directWords: string): string[] {
	const out: string[] = [];
	if (r.kind === 'stated-transit') {
		if (!r.transit || !r.drawnThrough || !r.reportWords) out.push('a stated transit needs transit, drawnThrough and the report’s words');
		if (r.transit && !r.caption.includes(r.transit)) out.push(`the caption does not name the transit ${r.transit}`);
	} else {
		if (r.transit || r.drawnThrough || r.reportWords) out.push('a direct line has no transit, stop or report words');
		if (!r.caption.includes(directWords)) out.push(`the caption does not say “${directWords}”`);
	}
	return out;
}

/** The timeline: dates that parse and run in order, strengths their evidence states, references that resolve. */
export function timelineProblems(
	t: Timeline,
	file: string,
	sourceIds: ReadonlySet<string>,
	noteIds: ReadonlySet<string>,
	chapterIds: ReadonlySet<string>
): string[] {
	const problems: string[] = [];
	const cites = (w: string, ids: readonly string[]) => {
		for (const id of ids) if (!sourceIds.has(id)) problems.push(`${w}: cites unknown source "${id}"`);
	};
	const notes = (w: string, ids: readonly string[] = []) => {
		for (const id of ids) if (!noteIds.has(id)) problems.push(`${w}: unknown note on the sources "${id}"`);
	};
	const date = (w: string, iso: string | undefined): boolean => {
		if (iso === undefined) return false;
		if (parsePartialDate(iso)) return true;
		problems.push(`${w}: "${iso}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
		return false;
	};
	const evidence = (w: string, texts: readonly string[], value?: number) => {
		if (value !== undefined && !texts.some((e) => statesNumber(e, value))) problems.push(`${w}: its evidence does not state ${value}`);
	};
	const chartEnd = Date.UTC(t.asOf.year + 1, 0, 1);
	if (t.fromYear >= t.asOf.year) problems.push(`${file}: fromYear ${t.fromYear} is not before asOf ${t.asOf.year}`);
	evidence(`${file}: asOf`, t.asOf.evidence, t.asOf.year);
	cites(`${file}: asOf`, t.asOf.cite);
	const ids = new Set<string>();
	for (const op of t.operations) {
		const w = `${file}: operation "${op.id}"`;
		if (ids.has(op.id)) problems.push(`${w}: duplicate id`);
		ids.add(op.id);
		if (!chapterIds.has(op.chapter)) problems.push(`${w}: unknown chapter "${op.chapter}"`);
		const hasStart = date(`${w}, start`, op.start);
		const hasEnd = date(`${w}, end`, op.end);
		const start = hasStart ? startOf(op.start) : NaN;
		const end = hasEnd ? endOf(op.end!) : chartEnd;
		if (hasStart && end <= start) problems.push(`${w}: ends before it starts`);
		if (hasStart && (start < Date.UTC(t.fromYear, 0, 1) || start >= chartEnd)) problems.push(`${w}: starts outside the chart`);
		cites(`${w}, dates`, op.dates.cite);
		notes(w, op.notes);
		if (op.strengths.length === 0) problems.push(`${w}: has no stated strength`);
		let previous = -Infinity;
		for (const [i, s] of op.strengths.entries()) {
			const sw = `${w}, strength ${i + 1} (${s.value})`;
			if (date(`${sw}, from`, s.from)) {
				const from = startOf(s.from);
				if (from <= previous) problems.push(`${sw}: not after the previous strength`);
				if (hasStart && (from < start || from >= end)) problems.push(`${sw}: starts outside the operation’s dates`);
				previous = from;
				if (date(`${sw}, to`, s.to) && endOf(s.to!) <= from) problems.push(`${sw}: ends before it starts`);
			}
			evidence(sw, s.evidence, s.value);
			cites(sw, s.cite);
		}
	}
	const o = t.overlap;
	if (o) {
		const w = `${file}: overlap`;
		if (!chapterIds.has(o.chapter)) problems.push(`${w}: unknown chapter "${o.chapter}"`);
		if (date(`${w}, from`, o.from) && date(`${w}, to`, o.to)) {
			const from = startOf(o.from);
			const to = endOf(o.to);
			// An overlap is a time when several operations ran: at least two must cover all of it.
			const valid = t.operations.filter((op) => parsePartialDate(op.start) && (!op.end || parsePartialDate(op.end)));
			const covering = valid.filter((op) => startOf(op.start) <= from && (op.end ? endOf(op.end) : chartEnd) >= to);
			if (covering.length < 2) problems.push(`${w}: fewer than two operations cover ${o.from} to ${o.to}`);
		}
		evidence(w, o.evidence, o.value);
		cites(w, o.cite);
		notes(w, o.notes);
	}
	return problems;
}
