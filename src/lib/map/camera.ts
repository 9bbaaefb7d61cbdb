/**
 * Where a scene puts the camera: the map's first view, the move to a scene, a pan that brings a
 * place into view, and the end of each move (its moveend, then its drawing).
 */
import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import type { Bbox, Padding, Scene } from './types';

/** The view the map is created with: the first scene's camera, or its bounds fitted inside the padding. */
export function initialCamera(scene: Scene, padding: () => Padding) {
	if (scene.camera) return { center: scene.camera.center, zoom: scene.camera.zoom };
	if (scene.bounds) {
		const p = padding();
		return {
			bounds: scene.bounds,
			fitBoundsOptions: { padding: p, maxZoom: scene.maxZoom ?? 11 }
		};
	}
	return { ...WORLD };
}

/** Where a scene with neither a camera nor bounds opens. */
const WORLD = { center: [45, 30] as [number, number], zoom: 2 };

/** The bounds of a scene, for choosing theatre detail. */
export function sceneBox(scene: Scene): Bbox | null {
	if (scene.bounds) return scene.bounds;
	if (scene.camera) {
		// Roughly the visible span at this zoom on a 1,000 px wide map.
		const span = 360 / 2 ** scene.camera.zoom;
		const [lon, lat] = scene.camera.center;
		return [lon - span, lat - span / 2, lon + span, lat + span / 2];
	}
	return null;
}

/** Roughly the view the map opens on for `scene` (see initialCamera), before the map exists. */
export function openingBox(scene: Scene): Bbox {
	return sceneBox(scene) ?? sceneBox({ ...scene, camera: WORLD })!;
}

/** Moves the camera to a scene's view: a jump, or a flight (fitted bounds or a fixed camera). */
export function moveTo(map: MapLibreMap, scene: Scene, { jump, padding }: { jump: boolean; padding: Padding }): void {
	if (scene.camera) {
		const { center, zoom, bearing = 0, pitch = 0 } = scene.camera;
		if (jump) map.jumpTo({ center, zoom, bearing, pitch, padding });
		// Essential: the reader's motion setting has been applied already, and it may differ
		// from the system's, which MapLibre would otherwise follow.
		else map.flyTo({ center, zoom, bearing, pitch, padding, speed: 1.2, maxDuration: 3000, essential: true });
	} else if (scene.bounds) {
		const [w, s, e, n] = scene.bounds;
		map.fitBounds(
			[
				[w, s],
				[e, n]
			],
			{
				padding,
				maxZoom: scene.maxZoom ?? 11,
				bearing: 0,
				pitch: 0,
				animate: !jump,
				speed: 1.2,
				maxDuration: 3000,
				essential: true
			}
		);
	}
}

/**
 * Pans, at the same zoom, so that a place outside `visible` (the part of the map other content
 * leaves uncovered) comes into the middle of it.
 */
export function panIntoView(map: MapLibreMap, lngLat: LngLatLike, visible: Padding, reducedMotion: () => boolean): void {
	const { width, height } = map.getContainer().getBoundingClientRect();
	const p = map.project(lngLat);
	const margin = 40;
	const inside =
		p.x >= visible.left + margin &&
		p.x <= width - visible.right - margin &&
		p.y >= visible.top + margin &&
		p.y <= height - visible.bottom - margin;
	if (inside) return;
	const cx = (visible.left + width - visible.right) / 2;
	const cy = (visible.top + height - visible.bottom) / 2;
	const centre = map.unproject([width / 2 + (p.x - cx), height / 2 + (p.y - cy)]);
	map.easeTo({ center: centre, duration: reducedMotion() ? 0 : 500, essential: true });
}

/**
 * The camera's moves, one at a time: each new one (or a lost context) ends the last one's
 * claim. The listeners waiting for the current move to settle are replaced, never piled up,
 * when moves follow each other faster than they end.
 */
export class Moves {
	readonly #map: MapLibreMap;
	#token = 0;
	#pending: { moveend?: () => void; idle?: () => void } = {};

	constructor(map: MapLibreMap) {
		this.#map = map;
	}

	/** Starts a move: the last one's listeners are done with. Returns the new move's token. */
	next(): number {
		const token = ++this.#token;
		this.clear();
		return token;
	}

	isCurrent(token: number): boolean {
		return token === this.#token;
	}

	clear(): void {
		const { moveend, idle } = this.#pending;
		if (moveend) this.#map.off('moveend', moveend);
		if (idle) this.#map.off('idle', idle);
		this.#pending = {};
	}

	/**
	 * Calls `done` once the camera has stopped (after its moveend, if it still moves) and the map
	 * has drawn (idle), unless `current` has turned false meanwhile.
	 */
	settle(current: () => boolean, done: () => void): void {
		const map = this.#map;
		const settle = () => {
			if (!current()) return;
			this.clear();
			if (map.isMoving()) {
				this.#pending.moveend = settle;
				map.once('moveend', settle);
				return;
			}
			const idle = () => {
				this.#pending.idle = undefined;
				if (!current()) return;
				done();
			};
			this.#pending.idle = idle;
			map.once('idle', idle);
			map.triggerRepaint();
		};
		settle();
	}
}
