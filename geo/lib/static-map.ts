/**
 * Static SVG maps of the story's views, drawn at build time from the same geo data, scenes and
 * colours as the interactive map. They stand in for it where it cannot run: without JavaScript,
 * without WebGL, or when MapLibre fails to start.
 */
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { BasemapLayers } from '../../src/lib/map/topo';
import { declutter } from '../../src/lib/map/declutter';
import { palette } from '../../src/lib/map/palette';
import type { Bbox, LngLat, Padding, Scene } from '../../src/lib/map/types';

export interface StaticPlace {
	id: string;
	name: string;
	lngLat: LngLat;
	certainty: 'exact' | 'approximate';
	kind: 'point' | 'area' | 'line';
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
		const fit = Math.min(
			(width - p.left - p.right) / Math.max(x1 - x0, 1e-9),
			(height - p.top - p.bottom) / Math.max(y1 - y0, 1e-9)
		);
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

function ringPath(view: View, ring: readonly Position[], close: boolean): string {
	let d = '';
	let last = '';
	for (const c of ring) {
		const [x, y] = project(view, c);
		const key = `${x} ${y}`;
		if (key === last) continue;
		d += `${d ? 'L' : 'M'}${key}`;
		last = key;
	}
	return d && close ? `${d}Z` : d;
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

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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
	// Land: the world everywhere, the finer theatre outlines on top where the view is detailed.
	if (world) out.push(`<path d="${paths(view, byLayer(world.polygons, 'countries'), clip)}" fill="${palette.land}"/>`);
	for (const b of bases) {
		if (b === world) continue;
		out.push(`<path d="${paths(view, byLayer(b.polygons, 'countries'), clip)}" fill="${palette.landDetail}"/>`);
		out.push(`<path d="${paths(view, byLayer(b.polygons, 'lakes'), clip)}" fill="${palette.water}"/>`);
		out.push(`<path d="${paths(view, byLayer(b.lines, 'rivers'), clip)}" fill="none" stroke="${palette.river}" stroke-width="1.5"/>`);
		out.push(
			`<path d="${paths(view, byLayer(b.lines, 'admin1'), clip)}" fill="none" stroke="${palette.admin1}" stroke-width="0.8" stroke-dasharray="3 2"/>`
		);
	}
	for (const b of bases) {
		out.push(`<path d="${paths(view, byLayer(b.lines, 'boundaries'), clip)}" fill="none" stroke="${palette.boundary}" stroke-width="1"/>`);
		// Kosovo's boundary is disputed: dashed, as on the interactive map.
		out.push(
			`<path d="${paths(view, byLayer(b.lines, 'disputed'), clip)}" fill="none" stroke="${palette.disputed}" stroke-width="1.1" stroke-dasharray="4 3"/>`
		);
	}

	// Routes from Baku, in overview scenes.
	const routes = new Set(scene.routes ?? []);
	if (input.routes && routes.size) {
		const shown = input.routes.features.filter((f) => routes.has(String(f.id)));
		out.push(
			`<path d="${paths(view, shown, clip)}" fill="none" stroke="${palette.route}" stroke-width="2" stroke-dasharray="2 4" stroke-linecap="round"/>`
		);
	}

	// Areas and lines of the story: highlighted ones strong, the rest faint; all dashed (approximate).
	for (const f of input.places.features) {
		if (!f.geometry || f.geometry.type === 'Point') continue;
		const on = highlight.has(String(f.id));
		const d = pathFor(view, f.geometry, clip);
		if (!d) continue;
		if (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') {
			out.push(
				`<path d="${d}" fill="${on ? palette.highlightFill : 'rgba(138,133,122,0.08)'}" stroke="${on ? palette.highlight : palette.dimmed}" stroke-width="${on ? 2 : 1}" stroke-dasharray="6 4" stroke-opacity="${on ? 1 : 0.5}"/>`
			);
		} else {
			out.push(
				`<path d="${d}" fill="none" stroke="${on ? palette.highlight : palette.dimmed}" stroke-width="${on ? 3 : 1.5}" stroke-dasharray="5 4" stroke-opacity="${on ? 0.9 : 0.4}" stroke-linecap="round"/>`
			);
		}
	}

	// Basemap labels, sparse: skip those that fall outside or crowd an earlier one.
	const placed: [number, number][] = [];
	const marks = input.placeList.filter((p) => highlight.has(p.id)).map((p) => project(view, p.lngLat));
	const labelSources = bases.flatMap((b) => b.labels.features).filter((f) => !f.properties?.place);
	const labels: string[] = [];
	for (const f of [...labelSources].sort((a, b) => (a.properties?.rank ?? 9) - (b.properties?.rank ?? 9))) {
		if (f.geometry?.type !== 'Point') continue;
		const [x, y] = project(view, f.geometry.coordinates);
		if (x < 20 || y < 14 || x > width - 20 || y > height - 10) continue;
		if ([...placed, ...marks].some(([px, py]) => Math.abs(px - x) < 70 && Math.abs(py - y) < 18)) continue;
		placed.push([x, y]);
		labels.push(`<text x="${x}" y="${y}">${escape(String(f.properties?.name ?? ''))}</text>`);
	}
	out.push(
		`<g ${font} font-size="12" fill="${palette.label}" text-anchor="middle" stroke="${palette.labelHalo}" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${labels.join('')}</g>`
	);

	// Places: every point faint; the scene's places as marked, named dots. Names that would
	// overlap are stacked with a leader line, as on the interactive map; the dots stay put.
	const dots: string[] = [];
	const names: string[] = [];
	const shown: { id: string; x: number; y: number; name: string }[] = [];
	// Approximate centres first, so that an exact dot at the same spot stays visible on top.
	const ordered = [...input.placeList].sort((a, b) => Number(a.certainty === 'exact') - Number(b.certainty === 'exact'));
	for (const p of ordered) {
		const [x, y] = project(view, p.lngLat);
		if (x < -20 || y < -20 || x > width + 20 || y > height + 20) continue;
		if (!highlight.has(p.id)) {
			if (p.kind === 'point') dots.push(`<circle cx="${x}" cy="${y}" r="3" fill="${palette.dimmed}" fill-opacity="0.7"/>`);
			continue;
		}
		dots.push(
			p.certainty === 'exact'
				? `<circle cx="${x}" cy="${y}" r="7" fill="${palette.highlight}" stroke="#fff" stroke-width="2"/>`
				: `<circle cx="${x}" cy="${y}" r="7" fill="#fff" fill-opacity="0.85" stroke="${palette.highlight}" stroke-width="2" stroke-dasharray="3 2"/>`
		);
		shown.push({ id: p.id, x, y, name: p.name });
	}
	const lines = new Map(shown.map((p) => [p.id, wrap(p.name, 26)]));
	const tallest = Math.max(1, ...[...lines.values()].map((l) => l.length));
	const offsets = declutter(shown, { width: 170, height: 16 * tallest + 2 });
	const leaders: string[] = [];
	for (const p of shown) {
		const dy = offsets.get(p.id) ?? 0;
		if (dy > 0) leaders.push(`<path d="M${p.x} ${p.y}V${round(p.y + dy)}H${round(p.x + 9)}"/>`);
		const x = round(p.x + 11);
		const spans = lines
			.get(p.id)!
			.map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : 16}">${escape(line)}</tspan>`)
			.join('');
		names.push(`<text x="${x}" y="${round(p.y + dy + 4)}">${spans}</text>`);
	}
	out.push(`<g fill="none" stroke="${palette.label}" stroke-width="1">${leaders.join('')}</g>`);
	out.push(`<g>${dots.join('')}</g>`);
	out.push(
		`<g ${font} font-size="13" font-weight="700" fill="#1f1d1a" stroke="#fff" stroke-width="3.5" paint-order="stroke" stroke-linejoin="round">${names.join('')}</g>`
	);
	out.push('</svg>');
	// Empty paths add bytes and nothing else.
	return out.join('\n').replace(/<path d="" [^>]*\/>\n?/g, '');
}
