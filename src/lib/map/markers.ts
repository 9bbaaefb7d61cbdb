/**
 * The story's HTML markers: one button per place (places drawn as one area share a marker),
 * shown for the scene's places and marked when picked; where the camera stops, their labels go
 * where they meet nothing (markers that would touch stack as one) and the basemap names under
 * them fade.
 */
import type { FeatureCollection } from 'geojson';
import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import { leaderOf, overlap, placeLabels, type LabelledPoint, type Rect } from './labels';
import { SOURCE_IDS } from './style';
import { markers as markerSymbol } from './symbols';
import type { LngLat, MapPlace } from './types';

/** A marker on the map, as the engine uses it: MapLibre's Marker, or a test's fake. */
export interface PlacedMarker {
	/** Where it is drawn: MapLibre moves it by whole turns of the world, to the copy in view. */
	getLngLat(): LngLatLike;
	remove(): unknown;
}

/** Puts an element on the map as a marker centred on `lngLat`. */
export type AddMarker = (element: HTMLElement, lngLat: LngLat, map: MapLibreMap) => PlacedMarker;

/** One marker on the map: a place's button, or several places drawn as one area sharing one. */
interface MarkerEntry {
	marker: PlacedMarker;
	/** The Marker's element: the button, or the group holding the buttons. */
	root: HTMLElement;
	/** The places' buttons, by place id. */
	buttons: Map<string, HTMLButtonElement>;
}

/**
 * Markers whose dots would touch (symbols.ts `clusterPx`) are drawn as one: the first in the
 * scene's order keeps its dot, and the others' names stack under its label, each still its own
 * button. At a world's scale the countries of a region would otherwise pile up.
 */
const CLUSTER_PX = markerSymbol.clusterPx;

/** A marker in view where the camera stopped: its dot (whole CSS pixels), its label's size and its dot's radius. */
export interface MarkerInView {
	x: number;
	y: number;
	w: number;
	h: number;
	r: number;
}

/** Where a marker's label goes: its offset from the dot, and whether it stacks under another marker's label. */
export interface LabelSpot {
	dx: number;
	dy: number;
	follower: boolean;
	/**
	 * A line from the dot to its label when the label was slid out of touch with it (labels.ts
	 * `leaderOf`): where it starts and ends from the dot's centre (pixels), and its direction
	 * (degrees, clockwise from east).
	 */
	leader: { from: number; to: number; angle: number } | null;
}

/**
 * Lays out the labels of the markers in view on a map of this size: markers whose dots would
 * touch become one (the first leads, the others follow, their names stacked under its label);
 * each label goes where it meets no other, no dot and no obstacle (labels.ts). Returns each
 * marker's spot, in the markers' order, and the boxes taken (labels and dots).
 */
export function layOutLabels(
	markers: readonly MarkerInView[],
	width: number,
	height: number,
	obstacles: readonly Rect[]
): { spots: LabelSpot[]; boxes: Rect[] } {
	// Each cluster is its markers' indices, the lead's first.
	const clusters: { lead: MarkerInView; members: number[] }[] = [];
	markers.forEach((m, i) => {
		const near = clusters.find(({ lead }) => Math.hypot(lead.x - m.x, lead.y - m.y) < CLUSTER_PX);
		if (near) near.members.push(i);
		else clusters.push({ lead: m, members: [i] });
	});
	const at = (i: number) => markers[i]!;
	const frame: Rect = { x: 4, y: 4, w: width - 8, h: height - 8 };
	const points: LabelledPoint[] = clusters.map(({ lead, members }, i) => ({
		id: String(i),
		x: lead.x,
		y: lead.y,
		r: lead.r,
		w: Math.max(...members.map((k) => at(k).w)),
		h: members.reduce((h, k) => h + at(k).h, 0)
	}));
	const placed = placeLabels(points, { frame, obstacles: obstacles.map(roundRect), gap: 3 });
	const spots: LabelSpot[] = [];
	const boxes: Rect[] = [];
	clusters.forEach(({ lead, members }, i) => {
		const box = placed.get(String(i))!.box;
		boxes.push(box, { x: lead.x - 10, y: lead.y - 10, w: 20, h: 20 });
		const line = leaderOf(lead, box, 3);
		const leader = line && {
			from: lead.r,
			to: Math.round(Math.hypot(line.x2 - lead.x, line.y2 - lead.y)),
			angle: Math.round((Math.atan2(line.y2 - lead.y, line.x2 - lead.x) * 180) / Math.PI)
		};
		let top = box.y;
		for (const [k, index] of members.entries()) {
			const m = at(index);
			spots[index] = { dx: Math.round(box.x - m.x), dy: Math.round(top - m.y), follower: k > 0, leader: k > 0 ? null : leader };
			top += m.h;
		}
	});
	return { spots, boxes };
}

/** The rectangle on whole pixels, so that sub-pixel noise never changes a placement. */
function roundRect(r: Rect): Rect {
	return { x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.w), h: Math.round(r.h) };
}

export class Markers {
	readonly #map: MapLibreMap;
	readonly #addMarker: AddMarker;
	/** Markers, one per anchor; every place id maps to its marker. */
	readonly #entries: MarkerEntry[] = [];
	readonly #of = new Map<string, MarkerEntry>();

	constructor(map: MapLibreMap, addMarker: AddMarker) {
		this.#map = map;
		this.#addMarker = addMarker;
	}

	/** One button per place; places drawn as one area (same anchor and group note) share a marker. */
	add(places: readonly MapPlace[], onPlace: (id: string, trigger: HTMLElement) => void): void {
		const groups = new Map<string, MapPlace[]>();
		for (const place of places) {
			const key = place.group ? `${place.group}@${place.lngLat.join(',')}` : place.id;
			groups.set(key, [...(groups.get(key) ?? []), place]);
		}
		for (const members of groups.values()) {
			const first = members[0]!;
			const buttons = new Map<string, HTMLButtonElement>();
			const button = (place: MapPlace, withDot: boolean) => {
				const el = document.createElement('button');
				el.type = 'button';
				el.className = 'story-marker';
				el.dataset.place = place.id;
				el.dataset.certainty = place.certainty;
				el.dataset.kind = place.kind;
				if (withDot) {
					const dot = document.createElement('span');
					dot.className = 'story-marker__dot';
					dot.setAttribute('aria-hidden', 'true');
					el.append(dot);
				}
				const label = document.createElement('span');
				label.className = 'story-marker__label';
				label.textContent = place.name;
				el.append(label);
				el.addEventListener('click', (event) => {
					event.stopPropagation();
					onPlace(place.id, el);
				});
				buttons.set(place.id, el);
				return el;
			};
			let root: HTMLElement;
			if (members.length === 1) root = button(first, true);
			else {
				// Several places in one area: one symbol, one label naming them all and the note.
				root = document.createElement('div');
				root.className = 'story-marker-group';
				root.dataset.certainty = first.certainty;
				const dot = document.createElement('span');
				dot.className = 'story-marker__dot';
				dot.setAttribute('aria-hidden', 'true');
				const box = document.createElement('span');
				box.className = 'story-marker-group__label';
				for (const m of members) box.append(button(m, false));
				const note = document.createElement('span');
				note.className = 'story-marker-group__note';
				note.textContent = first.group!;
				box.append(note);
				root.append(dot, box);
			}
			root.hidden = true;
			root.classList.add('story-marker-root');
			const marker = this.#addMarker(root, first.lngLat, this.#map);
			const entry: MarkerEntry = { marker, root, buttons };
			this.#entries.push(entry);
			for (const m of members) this.#of.set(m.id, entry);
		}
	}

	/**
	 * Shows the buttons of these places and hides the others (hidden, they leave the Tab order).
	 * Dots show while the camera moves; labels are placed, and shown, where it stops.
	 */
	highlight(ids: ReadonlySet<string>): void {
		for (const entry of this.#entries) {
			let any = false;
			for (const [id, el] of entry.buttons) {
				el.hidden = !ids.has(id);
				any ||= ids.has(id);
			}
			entry.root.hidden = !any;
		}
		for (const { root } of this.#entries) {
			root.style.visibility = '';
			root.classList.add('is-moving');
		}
	}

	/** Marks a place's button as the one whose details are open, or no longer. */
	pick(id: string, on: boolean): void {
		this.#of.get(id)?.buttons.get(id)?.classList.toggle('is-picked', on);
	}

	/** Where a place's marker is drawn, if it has one. */
	lngLatOf(id: string): LngLatLike | undefined {
		return this.#of.get(id)?.marker.getLngLat();
	}

	/**
	 * Where the camera stops, on a map of this size: markers out of view leave the Tab order
	 * (focus never lands out of sight); the labels of the others are laid out clear of each other
	 * and of `covered()`. One pass of reads, then one of writes. Returns the boxes the markers
	 * and their labels take.
	 */
	place(width: number, height: number, covered: () => readonly Rect[]): Rect[] {
		const map = this.#map;
		const shown: { entry: MarkerEntry; at: MarkerInView }[] = [];
		const outOfView: MarkerEntry[] = [];
		for (const entry of this.#entries) {
			entry.root.classList.remove('is-follower');
			if (entry.root.hidden) continue;
			const p = map.project(entry.marker.getLngLat());
			const inView = p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
			if (!inView) {
				outOfView.push(entry);
				continue;
			}
			// Measured at every placement, not once: a group's label holds only the scene's
			// places, and the label font may have arrived since (the same chapter is then
			// labelled the same however the reader reached it).
			const label = entry.root.querySelector<HTMLElement>('.story-marker__label, .story-marker-group__label');
			// Whole pixels: a camera reached by a flight and the same camera reached by a jump
			// project a marker a few billionths of a pixel apart, which must not move a label.
			shown.push({
				entry,
				at: {
					x: Math.round(p.x),
					y: Math.round(p.y),
					w: label?.offsetWidth ?? 120,
					h: label?.offsetHeight ?? 24,
					r: Math.max(8, entry.root.offsetWidth / 2 - 5)
				}
			});
		}
		for (const entry of outOfView) entry.root.style.visibility = 'hidden';
		const { spots, boxes } = layOutLabels(
			shown.map(({ at }) => at),
			width,
			height,
			covered()
		);
		shown.forEach(({ entry }, i) => {
			const spot = spots[i]!;
			if (spot.follower) entry.root.classList.add('is-follower');
			entry.root.style.setProperty('--label-x', `${spot.dx}px`);
			entry.root.style.setProperty('--label-y', `${spot.dy}px`);
			entry.root.classList.toggle('has-leader', spot.leader !== null);
			if (spot.leader) {
				entry.root.style.setProperty('--leader-from', `${spot.leader.from}px`);
				entry.root.style.setProperty('--leader-length', `${spot.leader.to - spot.leader.from}px`);
				entry.root.style.setProperty('--leader-angle', `${spot.leader.angle}deg`);
			}
			entry.root.style.visibility = '';
			entry.root.classList.remove('is-moving');
		});
		return boxes;
	}

	remove(): void {
		for (const { marker } of this.#entries) marker.remove();
		this.#entries.length = 0;
		this.#of.clear();
	}
}

/** The basemap's names, where the main thread holds them: null where the workers made them. */
export interface HeldNames {
	world: FeatureCollection | null | undefined;
	detail: FeatureCollection | null | undefined;
}

/** Fades the basemap names that a marker or its label would cover (feature-state `covered`). */
export class CoveredNames {
	readonly #map: MapLibreMap;
	readonly #textScale: number;
	/** The names faded so far, by source. */
	readonly #covered = new Map<string, Set<number>>();

	constructor(map: MapLibreMap, textScale: number) {
		this.#map = map;
		this.#textScale = textScale;
	}

	/** Fades the names under these boxes (on a map of this size) and shows again those no longer under one. */
	cover(boxes: readonly Rect[], width: number, height: number, held: HeldNames, inWorkers: boolean): void {
		const map = this.#map;
		const zoom = map.getZoom();
		const scale = this.#textScale;
		const sources: [string, FeatureCollection | null | undefined, boolean][] = [
			[SOURCE_IDS.worldLabels, held.world, zoom < 5],
			[SOURCE_IDS.detailLabels, held.detail, zoom >= 5]
		];
		for (const [source, names, drawn] of sources) {
			if (!map.getSource(source)) continue;
			if (!names && !inWorkers) continue;
			const before = this.#covered.get(source) ?? new Set<number>();
			const now = new Set<number>();
			if (drawn) {
				// Made in the workers, the names are read back from the tiles on screen.
				const features = names?.features ?? map.querySourceFeatures(source);
				for (const f of features) {
					if (f.geometry?.type !== 'Point') continue;
					const p = map.project(f.geometry.coordinates as [number, number]);
					if (p.x < -100 || p.y < -40 || p.x > width + 100 || p.y > height + 40) continue;
					const name = String(f.properties?.name ?? '');
					const size = (f.properties?.kind === 'country' ? 13 : 12) * scale;
					// An estimate of the drawn name (MapLibre does not report its boxes).
					const w = name.length * size * (f.properties?.kind === 'country' ? 0.75 : 0.58);
					const box = { x: p.x - w / 2, y: p.y - size * 0.7, w, h: size * 1.4 };
					if (boxes.some((b) => overlap(b, box) > 0)) now.add(Number(f.properties?.lid));
				}
			}
			for (const id of before) if (!now.has(id)) map.setFeatureState({ source, id }, { covered: false });
			for (const id of now) if (!before.has(id)) map.setFeatureState({ source, id }, { covered: true });
			this.#covered.set(source, now);
		}
	}

	/**
	 * A source's names have new data: feature state outlives setData, so the names faded so far
	 * are shown again (and faded anew where the camera stops), not left faded and forgotten.
	 * `styleReady` is false while the style is gone (a lost context).
	 */
	forget(source: string, styleReady: boolean): void {
		if (styleReady && this.#map.getSource(source)) this.#map.removeFeatureState({ source });
		this.#covered.set(source, new Set());
	}
}
