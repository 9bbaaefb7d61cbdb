/**
 * Static SVG maps of the story's views, drawn at build time from the same geo data, scenes and
 * colours as the interactive map. They stand in for it where it cannot run: without JavaScript,
 * without WebGL, or when MapLibre fails to start.
 */
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { BasemapLayers } from '../../src/lib/map/topo';
import { dotBox, leaderOf, overlap, placeLabels, type Rect } from '../../src/lib/map/labels';
import { palette } from '../../src/lib/map/palette';
import { SOURCES, lines as symbols, markers as markerSymbol, svgStroke } from '../../src/lib/map/symbols';
import type { Bbox, LngLat, Padding, Scene } from '../../src/lib/map/types';
import * as ui from '../../src/lib/ui/strings';

export interface StaticPlace {
	id: string;
	name: string;
	/** Where the marker goes (the map engine's MapPlace.lngLat: PlaceMeta.anchor). */
	lngLat: LngLat;
	certainty: 'exact' | 'approximate';
	kind: 'point' | 'area' | 'line';
	/** Places with the same anchor and group note are labelled together. */
	group?: string;
}

export interface StaticMapInput {
	scene: Scene;
	width: number;
	height: number;
	padding: Padding;
	/** World first, then any theatre detail. */
	basemaps: readonly BasemapLayers[];
	places: FeatureCollection;
	placeList: readonly StaticPlace[];
	routes?: FeatureCollection;
	/** Text for the SVG's <title>. */
	title: string;
	/** Parts of the image other content will cover (caption, buttons): labels keep off them. */
	covered?: readonly Rect[];
	/** Where the scale bar goes (its left end and baseline); none when absent. */
	scaleAt?: [number, number];
}

const TILE = 512;
const MAX_LAT = 85.0511;

/** Web Mercator, in world pixels at zoom 0 (0..512). */
export function mercator([lon, lat]: readonly number[]): [number, number] {
	const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat!)) * Math.PI) / 180;
	return [((lon! + 180) / 360) * TILE, (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * TILE];
}

function inverse([x, y]: readonly [number, number]): [number, number] {
	const lon = (x / TILE) * 360 - 180;
	const n = Math.PI - (2 * Math.PI * y) / TILE;
	return [lon, (180 / Math.PI) * Math.atan(Math.sinh(n))];
}

export interface View {
	zoom: number;
	/** World-pixel coordinates (zoom 0) of the top-left corner of the image. */
	origin: [number, number];
	scale: number;
}

/** The camera for a scene, like MapLibre's fitBounds (or its fixed camera), for an image of this size. */
export function viewFor(scene: Scene, width: number, height: number, p: Padding): View {
	let zoom: number;
	let center: [number, number];
	if (scene.camera) {
		zoom = scene.camera.zoom;
		center = mercator(scene.camera.center);
	} else {
		const b = scene.bounds ?? [-20, -35, 80, 60];
		const [x0, y1] = mercator([b[0], b[1]]);
		const [x1, y0] = mercator([b[2], b[3]]);
		const fit = Math.min((width - p.left - p.right) / Math.max(x1 - x0, 1e-9), (height - p.top - p.bottom) / Math.max(y1 - y0, 1e-9));
		zoom = Math.min(Math.log2(fit), scene.maxZoom ?? 11);
		const scale = 2 ** zoom;
		// Centre the box in the padded frame.
		center = [(x0 + x1) / 2 - (p.left - p.right) / 2 / scale, (y0 + y1) / 2 - (p.top - p.bottom) / 2 / scale];
	}
	const scale = 2 ** zoom;
	return { zoom, scale, origin: [center[0] - width / 2 / scale, center[1] - height / 2 / scale] };
}

const round = (n: number) => Math.round(n * 10) / 10;

function project(view: View, c: readonly number[]): [number, number] {
	const [x, y] = mercator(c);
	return [round((x - view.origin[0]) * view.scale), round((y - view.origin[1]) * view.scale)];
}

/** The lon/lat box the image covers, with a margin so clipped edges fall outside the frame. */
export function viewBbox(view: View, width: number, height: number, margin = 0.15): Bbox {
	const mx = (width * margin) / view.scale;
	const my = (height * margin) / view.scale;
	const [w, n] = inverse([view.origin[0] - mx, view.origin[1] - my]);
	const [e, s] = inverse([view.origin[0] + width / view.scale + mx, view.origin[1] + height / view.scale + my]);
	return [w, s, e, n];
}

/** A number as SVG path data writes it shortest: `.5`, `-.5`, `12`. */
const num = (n: number) => String(n).replace(/^(-?)0\./, '$1.');

/** Numbers joined as path data allows: a minus sign separates them by itself. */
const joined = (ns: readonly number[]) => ns.map(num).reduce((d, n) => (d === '' ? n : n.startsWith('-') ? d + n : `${d} ${n}`), '');

/**
 * One ring or line as path data: the first point absolute, the others relative to the one before
 * (the differences of the rounded positions, so nothing drifts), repeats left out: a third of the
 * bytes of absolute coordinates.
 */
function ringPath(view: View, ring: readonly Position[], close: boolean): string {
	const steps: number[] = [];
	let first: [number, number] | null = null;
	let last: [number, number] | null = null;
	for (const c of ring) {
		const [x, y] = project(view, c);
		if (last && x === last[0] && y === last[1]) continue;
		if (!first) first = [x, y];
		else steps.push(round(x - last![0]), round(y - last![1]));
		last = [x, y];
	}
	if (!first) return '';
	const d = `M${joined(first)}${steps.length ? `l${joined(steps)}` : ''}`;
	return close ? `${d}Z` : d;
}

/** SVG path data for a geometry, clipped to the view. Empty when nothing is visible. */
export function pathFor(view: View, geometry: Geometry, clip: Bbox): string {
	if (geometry.type === 'Point' || geometry.type === 'MultiPoint' || geometry.type === 'GeometryCollection') return '';
	const clipped = bboxClip({ type: 'Feature', properties: {}, geometry } as Feature<typeof geometry>, clip).geometry;
	switch (clipped.type) {
		case 'LineString':
			return ringPath(view, clipped.coordinates, false);
		case 'MultiLineString':
			return clipped.coordinates.map((l) => ringPath(view, l, false)).join('');
		case 'Polygon':
			return clipped.coordinates.map((r) => ringPath(view, r, true)).join('');
		case 'MultiPolygon':
			return clipped.coordinates.flatMap((p) => p.map((r) => ringPath(view, r, true))).join('');
		default:
			return '';
	}
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function paths(view: View, features: readonly Feature[], clip: Bbox): string {
	return features.map((f) => (f.geometry ? pathFor(view, f.geometry, clip) : '')).join('');
}

/** Breaks a name into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(' ')) {
		const last = lines[lines.length - 1];
		if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

const byLayer = (fc: FeatureCollection, layer: string) => fc.features.filter((f) => f.properties?.layer === layer);

/** Metres per pixel at a latitude, at a view's scale (Web Mercator). */
export function metresPerPixel(view: View, lat: number): number {
	return (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (TILE * view.scale);
}

/** A round length (1, 2 or 5 times a power of ten, in metres) no longer than `max` metres. */
export function roundLength(max: number): number {
	const p = 10 ** Math.floor(Math.log10(max));
	return [5, 2, 1].map((m) => m * p).find((l) => l <= max) ?? p;
}

/** A metric scale bar, as MapLibre's: a round length and its bar. */
export function scaleBar(view: View, lat: number, x: number, y: number, maxPx = 110): string {
	const mpp = metresPerPixel(view, lat);
	const metres = roundLength(mpp * maxPx);
	const px = round(metres / mpp);
	const text = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
	return (
		`<g font-family="system-ui, 'DejaVu Sans', sans-serif" font-size="11" fill="#2d2a25">` +
		`<rect x="${x - 3}" y="${y - 15}" width="${px + 6}" height="19" fill="#fff" fill-opacity="0.8"/>` +
		`<path d="M${x} ${y - 6}V${y}H${x + px}V${y - 6}" fill="none" stroke="#4a4740" stroke-width="1.5"/>` +
		`<text x="${x + 3}" y="${y - 4}">${text}</text></g>`
	);
}

/** Approximate size of a label in the map's fonts (no font metrics at build time). */
function textWidth(text: string, size: number, caps = false): number {
	return text.length * size * (caps ? 0.78 : 0.58);
}

interface MarkerGroup {
	ids: string[];
	names: string[];
	note?: string;
	x: number;
	y: number;
	certainty: 'exact' | 'approximate';
	/** An area (not a point or a line): an exact one's marker is a ring, not a dot. */
	area: boolean;
}

/** Renders one scene as a standalone SVG document. */
export function renderStaticMap(input: StaticMapInput): string {
	const { width, height, scene } = input;
	const view = viewFor(scene, width, height, input.padding);
	const clip = viewBbox(view, width, height);
	const highlight = new Set(scene.highlight);
	const detailed = input.basemaps.length > 1 && view.zoom >= 5;
	const bases = detailed ? input.basemaps.slice(1) : input.basemaps.slice(0, 1);
	const world = input.basemaps[0];
	const out: string[] = [];
	const font = `font-family="system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"`;

	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t">`,
		`<title id="t">${escape(input.title)}</title>`,
		`<rect width="${width}" height="${height}" fill="${palette.water}"/>`
	);
	// Land: the world everywhere, the finer theatre data on top in the same colour where the view is detailed.
	if (world) out.push(`<path d="${paths(view, byLayer(world.polygons, 'countries'), clip)}" fill="${palette.land}"/>`);
	for (const b of bases) {
		if (b === world) continue;
		out.push(`<path d="${paths(view, byLayer(b.polygons, 'countries'), clip)}" fill="${palette.land}"/>`);
		out.push(`<path d="${paths(view, byLayer(b.polygons, 'lakes'), clip)}" fill="${palette.water}"/>`);
		const rivers = byLayer(b.lines, 'rivers');
		out.push(
			`<path d="${paths(
				view,
				rivers.filter((r) => r.properties?.level === 1),
				clip
			)}" fill="none" stroke="${palette.river}" stroke-width="2"/>`
		);
		out.push(
			`<path d="${paths(
				view,
				rivers.filter((r) => r.properties?.level !== 1),
				clip
			)}" fill="none" stroke="${palette.river}" stroke-width="1.2"/>`
		);
		if (view.zoom >= 11.5) {
			out.push(
				`<path d="${paths(view, byLayer(b.lines, 'runways'), clip)}" fill="none" stroke="${palette.runway}" stroke-width="${round(Math.min(9, 1.5 * 2 ** ((view.zoom - 10) / 1.55)))}"/>`
			);
		}
		out.push(`<path d="${paths(view, byLayer(b.lines, 'admin1'), clip)}" fill="none" ${svgStroke(symbols.admin1)}/>`);
	}
	// Zoomed in, the world's boundaries still draw outside the theatres' boxes (tagged in_theatre: false).
	const lineBases =
		detailed && world
			? [
					{ ...world, lines: { ...world.lines, features: world.lines.features.filter((f) => f.properties?.in_theatre === false) } },
					...bases
				]
			: bases;
	for (const b of lineBases) {
		out.push(
			`<path d="${paths(view, byLayer(b.lines, 'boundaries'), clip)}" fill="none" ${svgStroke(detailed ? symbols.boundaryDetail : symbols.boundary)}/>`
		);
		// Disputed boundaries: dashed, as on the interactive map.
		out.push(
			`<path d="${paths(view, byLayer(b.lines, 'disputed'), clip)}" fill="none" ${svgStroke(detailed ? symbols.disputedDetail : symbols.disputed)}/>`
		);
	}

	// The story's routes, from its starting point.
	const routes = new Set(scene.routes ?? []);
	if (input.routes && routes.size) {
		const shown = input.routes.features.filter((f) => routes.has(String(f.id)));
		const transit = (f: Feature) => f.properties?.kind === 'stated-transit';
		// Dotted: as the crow flies; dashed: through a transit the report states (as on the live map).
		out.push(
			`<path d="${paths(
				view,
				shown.filter((f) => !transit(f)),
				clip
			)}" fill="none" ${svgStroke(symbols.routeDirect)} stroke-linecap="round"/>`,
			`<path d="${paths(view, shown.filter(transit), clip)}" fill="none" ${svgStroke(symbols.routeTransit)}/>`
		);
	}

	// The scene's own areas and lines: dashed when approximate, solid when their outline is known; other chapters' places are not drawn.
	// Places drawn as one area share their outline: drawn once.
	const drawn = new Set<string>();
	for (const f of input.places.features) {
		if (!f.geometry || f.geometry.type === 'Point' || !highlight.has(String(f.id))) continue;
		const d = pathFor(view, f.geometry, clip);
		if (!d || drawn.has(d)) continue;
		drawn.add(d);
		if (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') {
			const fill = f.properties?.water ? palette.waterArea : palette.highlightFill;
			const outline = f.properties?.certainty === 'exact' ? symbols.areaExact : symbols.areaApproximate;
			out.push(`<path d="${d}" fill="${fill}" ${svgStroke(outline)}/>`);
		} else {
			out.push(`<path d="${d}" fill="none" ${svgStroke(symbols.place)} stroke-linecap="round"/>`);
		}
	}

	// Markers: one per anchor; places drawn as one area share one, labelled together.
	const groups = new Map<string, MarkerGroup>();
	for (const p of input.placeList) {
		if (!highlight.has(p.id)) continue;
		const [x, y] = project(view, p.lngLat);
		if (x < 0 || y < 0 || x > width || y > height) continue;
		const key = p.group ? `${p.group}@${p.lngLat.join(',')}` : p.id;
		const g = groups.get(key);
		if (g) {
			g.ids.push(p.id);
			g.names.push(p.name);
		} else groups.set(key, { ids: [p.id], names: [p.name], note: p.group, x, y, certainty: p.certainty, area: p.kind === 'area' });
	}
	// Markers whose dots would touch are drawn as one, as on the live map: the first's dot, every name.
	const markers: MarkerGroup[] = [];
	const followers = new Map<MarkerGroup, MarkerGroup[]>();
	for (const g of groups.values()) {
		const lead = markers.find((m) => Math.hypot(m.x - g.x, m.y - g.y) < markerSymbol.clusterPx);
		if (lead) followers.set(lead, [...(followers.get(lead) ?? []), g]);
		else markers.push(g);
	}
	const LINE = 16;
	const ownLines = (m: MarkerGroup) => (m.note ? [...m.names, m.note] : wrap(m.names[0]!, 24));
	const lines = markers.map((m) => [...ownLines(m), ...(followers.get(m) ?? []).flatMap(ownLines)]);
	// Which lines are a group's note (set in italics): the last of each group's own lines.
	const notes = markers.map((m) => {
		const at = new Set<number>();
		let n = 0;
		for (const g of [m, ...(followers.get(m) ?? [])]) {
			n += ownLines(g).length;
			if (g.note) at.add(n - 1);
		}
		return at;
	});
	const sizes = lines.map((l, i) => ({
		w: Math.max(...l.map((t) => textWidth(t, 13))) + 10,
		h: l.length * LINE + 6 + (markers[i]!.note ? 2 : 0)
	}));
	const frame = { x: 4, y: 4, w: width - 8, h: height - 8 };
	const LABEL_GAP = 3;
	const points = markers.map((m, i) => ({ id: String(i), x: m.x, y: m.y, r: 8, ...sizes[i]! }));
	const placed = placeLabels(points, { frame, obstacles: input.covered ?? [], gap: LABEL_GAP });
	const taken: Rect[] = [...(input.covered ?? [])];
	markers.forEach((m, i) => taken.push(placed.get(String(i))!.box, dotBox({ x: m.x, y: m.y, r: 10 })));

	// Basemap names, sparse and by rank: none under a marker, its label or another name.
	// A name that is a highlighted story place is given by its marker (as on the live map).
	const labelSources = bases.flatMap((b) => b.labels.features).filter((f) => !highlight.has(String(f.properties?.place ?? '')));
	const maxTownRank = view.zoom >= 8 ? 5 : view.zoom >= 6 ? 4 : 3;
	const names: string[] = [];
	const townDots: string[] = [];
	for (const f of [...labelSources].sort((a, b) => (a.properties?.rank ?? 9) - (b.properties?.rank ?? 9))) {
		if (f.geometry?.type !== 'Point') continue;
		const kind = String(f.properties?.kind ?? '');
		if (kind === 'town' && Number(f.properties?.rank) > maxTownRank) continue;
		const [x, y] = project(view, f.geometry.coordinates);
		const raw = String(f.properties?.name ?? '');
		const caps = kind === 'country';
		const text = caps ? raw.toUpperCase() : raw;
		const size = caps ? 12 : kind === 'town' ? 11.5 : 11;
		const w = textWidth(text, size, caps);
		// Towns: the name to the right of a dot; other names centred on their point.
		const box: Rect =
			kind === 'town' ? { x: x - 4, y: y - size * 0.75, w: w + 10, h: size * 1.5 } : { x: x - w / 2, y: y - size * 0.8, w, h: size * 1.5 };
		if (box.x < 4 || box.y < 4 || box.x + box.w > width - 4 || box.y + box.h > height - 4) continue;
		if (taken.some((r) => overlap(r, box) > 0)) continue;
		taken.push(box);
		const water = kind === 'sea' || kind === 'lake' || kind === 'river';
		const fill = water ? palette.waterLabel : caps ? palette.label : palette.labelSoft;
		const halo = water ? palette.water : palette.labelHalo;
		const attrs = `font-size="${size}" fill="${fill}" stroke="${halo}"${caps ? ' letter-spacing="1.4"' : ''}${water ? ' font-style="italic"' : ''}`;
		if (kind === 'town') {
			townDots.push(`<circle cx="${x}" cy="${y}" r="2.6"/>`);
			names.push(`<text x="${round(x + 6)}" y="${round(y + 4)}" text-anchor="start" ${attrs}>${escape(text)}</text>`);
		} else names.push(`<text x="${x}" y="${round(y + 4)}" ${attrs}>${escape(text)}</text>`);
	}
	out.push(`<g fill="${palette.town}" stroke="${palette.labelHalo}" stroke-width="1.2">${townDots.join('')}</g>`);
	out.push(`<g ${font} text-anchor="middle" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${names.join('')}</g>`);

	// Markers on top: a solid dot for an exact point, an open solid ring for an area whose outline
	// is known, an open dashed ring for an approximate place (symbols.ts; markers.css on the live map).
	const dots: string[] = [];
	const labels: string[] = [];
	// A label slid out of touch with its dot points back at it, as on the live map (markers.css).
	const leaders: string[] = [];
	const { radius: r, ring, exactAreaRing, approximateDash } = markerSymbol;
	markers.forEach((m, i) => {
		dots.push(
			m.certainty !== 'exact'
				? `<circle cx="${m.x}" cy="${m.y}" r="${r}" fill="#fff" fill-opacity="0.85" stroke="${palette.highlight}" stroke-width="${ring}" stroke-dasharray="${approximateDash.join(' ')}"/>`
				: m.area
					? `<circle cx="${m.x}" cy="${m.y}" r="${r}" fill="#fff" fill-opacity="0.85" stroke="${palette.highlight}" stroke-width="${exactAreaRing}"/>`
					: `<circle cx="${m.x}" cy="${m.y}" r="${r}" fill="${palette.highlight}" stroke="#fff" stroke-width="${ring}"/>`
		);
		const box = placed.get(String(i))!.box;
		const leader = leaderOf(points[i]!, box, LABEL_GAP);
		if (leader) leaders.push(`<line x1="${round(leader.x1)}" y1="${round(leader.y1)}" x2="${round(leader.x2)}" y2="${round(leader.y2)}"/>`);
		const x = round(box.x + 5);
		const spans = lines[i]!.map((line, j) => {
			const note = notes[i]!.has(j);
			return `<tspan x="${x}" dy="${j === 0 ? 0 : LINE}"${note ? ' font-weight="400" font-style="italic" font-size="12"' : ''}>${escape(line)}</tspan>`;
		}).join('');
		labels.push(
			`<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.w)}" height="${round(box.h)}" rx="3" fill="#fff" fill-opacity="0.9"${m.note ? ` stroke="${palette.highlight}" stroke-dasharray="3 2"` : ''}/>`
		);
		labels.push(`<text x="${x}" y="${round(box.y + 15)}">${spans}</text>`);
	});
	if (leaders.length) out.push(`<g stroke="${palette.highlightInk}" stroke-width="1.5" stroke-linecap="round">${leaders.join('')}</g>`);
	out.push(`<g>${dots.join('')}</g>`);
	out.push(`<g ${font} font-size="13" font-weight="700" fill="#1f1d1a">${labels.join('')}</g>`);
	// The sources, as the live map's attribution gives them.
	out.push(
		`<text x="${width - 4}" y="${height - 4}" text-anchor="end" font-family="system-ui, 'DejaVu Sans', sans-serif" font-size="8" fill="${palette.labelSoft}" stroke="${palette.labelHalo}" stroke-width="2" paint-order="stroke">${escape(ui.map.data)}: ${SOURCES.join(' · ')}</text>`
	);
	if (input.scaleAt) {
		const lat = inverse([view.origin[0] + width / 2 / view.scale, view.origin[1] + height / 2 / view.scale])[1];
		out.push(scaleBar(view, lat, input.scaleAt[0], input.scaleAt[1]));
	}
	out.push('</svg>');
	// Empty paths add bytes and nothing else.
	return out
		.join('\n')
		.replace(/<path d="" [^>]*\/>\n?/g, '')
		.replace(/<g [^>]*><\/g>\n?/g, '');
}

export interface LocatorInput {
	/** The area the chapter shows, marked on the regional map. */
	bounds: Bbox;
	width: number;
	height: number;
	world: BasemapLayers;
	/** The name written on the map: the country the chapter is in. */
	country?: string;
	/** Degrees of longitude the inset spans. */
	spanDeg?: number;
}

/** A locator inset: the chapter's area on a small regional map (world data), as a standalone SVG. */
export function renderLocator(input: LocatorInput): string {
	const { width, height, bounds } = input;
	const [w, s, e, n] = bounds;
	const centre: LngLat = [(w + e) / 2, (s + n) / 2];
	const zoom = Math.log2(width / ((input.spanDeg ?? 26) / 360) / TILE);
	const view = viewFor({ key: 'locator', camera: { center: centre, zoom }, highlight: [] }, width, height, {
		top: 0,
		right: 0,
		bottom: 0,
		left: 0
	});
	const clip = viewBbox(view, width, height);
	const out: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
		`<rect width="${width}" height="${height}" fill="${palette.water}"/>`,
		`<path d="${paths(view, byLayer(input.world.polygons, 'countries'), clip)}" fill="${palette.land}"/>`,
		`<path d="${paths(view, [...byLayer(input.world.lines, 'boundaries'), ...byLayer(input.world.lines, 'disputed')], clip)}" fill="none" stroke="${palette.boundary}" stroke-width="0.7"/>`
	];
	const [x0, y0] = project(view, [w, n]);
	const [x1, y1] = project(view, [e, s]);
	// At least 8 px, so that a city-sized area still shows.
	const bw = Math.max(8, x1 - x0);
	const bh = Math.max(8, y1 - y0);
	const bx = round((x0 + x1) / 2 - bw / 2);
	const by = round((y0 + y1) / 2 - bh / 2);
	if (input.country) {
		const label = input.world.labels.features.find((f) => f.properties?.name === input.country && f.geometry?.type === 'Point');
		const [lx, ly] = label && label.geometry.type === 'Point' ? project(view, label.geometry.coordinates) : [-999, -999];
		const text = escape(input.country.toUpperCase());
		const attrs = `font-family="system-ui, 'DejaVu Sans', sans-serif" font-size="10" letter-spacing="0.8" fill="${palette.label}" stroke="${palette.labelHalo}" stroke-width="2.5" paint-order="stroke"`;
		const near = Math.abs(lx - (bx + bw / 2)) < 40 && Math.abs(ly - (by + bh / 2)) < 16;
		const half = (text.length * 7.4) / 2;
		if (!near && lx > 20 && lx < width - 20 && ly > 10 && ly < height - 4) {
			// Kept whole inside the inset.
			const x = Math.min(width - half - 3, Math.max(half + 3, lx));
			out.push(`<text x="${round(x)}" y="${round(ly + 4)}" text-anchor="middle" ${attrs}>${text}</text>`);
		} else {
			// The name beside the marked area: right, left, below or above it, wherever it fits whole.
			const tw = half * 2;
			const cy = by + bh / 2 + 3.5;
			const spots: [number, number, string][] = [
				[bx + bw + 6, cy, 'start'],
				[bx - 6, cy, 'end'],
				[Math.min(width - half - 3, Math.max(half + 3, bx + bw / 2)), by + bh + 12, 'middle'],
				[Math.min(width - half - 3, Math.max(half + 3, bx + bw / 2)), by - 5, 'middle']
			];
			const fits = ([x, y, anchor]: [number, number, string]) => {
				const left = anchor === 'start' ? x : anchor === 'end' ? x - tw : x - half;
				return left >= 2 && left + tw <= width - 2 && y >= 10 && y <= height - 3;
			};
			const [tx, ty, anchor] = spots.find(fits) ?? spots[2]!;
			out.push(`<text x="${round(tx)}" y="${round(ty)}" text-anchor="${anchor}" ${attrs}>${text}</text>`);
		}
	}
	out.push(`<rect x="${bx}" y="${by}" width="${round(bw)}" height="${round(bh)}" fill="none" stroke="#fff" stroke-width="4"/>`);
	out.push(
		`<rect x="${bx}" y="${by}" width="${round(bw)}" height="${round(bh)}" fill="${palette.highlightFill}" stroke="${palette.highlight}" stroke-width="2"/>`
	);
	out.push('</svg>');
	return out.join('\n').replace(/<path d="" [^>]*\/>\n?/g, '');
}
