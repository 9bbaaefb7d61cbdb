/**
 * How the reader works the map: story mode (wheel, drag and keys scroll the story; the canvas is
 * decorative) or explore mode (they move the map; the canvas is a named, focusable control), the
 * reader's motion setting applied to MapLibre's own gestures, and the map's controls: zoom
 * buttons, scale bar and the folded sources. The marker buttons' clicks are markers.ts's.
 */
import { NavigationControl, ScaleControl, type ControlPosition, type IControl, type Map as MapLibreMap } from 'maplibre-gl';
import { ATTRIBUTION } from './style';

export interface InteractionOptions {
	/** Read at each use: exploring neither rotates nor tilts, and label fades stop, when it returns true. */
	reducedMotion: () => boolean;
	/** Accessible name of the canvas in explore mode. */
	canvasLabel?: string;
	/** MapLibre's own zoom buttons in explore mode (default true). */
	navigationControl?: boolean;
}

export class Interaction {
	readonly #map: MapLibreMap;
	readonly #opts: InteractionOptions;
	#nav: NavigationControl | null = null;

	constructor(map: MapLibreMap, opts: InteractionOptions) {
		this.#map = map;
		this.#opts = opts;
	}

	/**
	 * The controls a map starts with: a metric scale bar (unless `scaleBar` is false), and the
	 * folded sources of the embedded basemap, under `sourcesLabel` (none over a remote basemap:
	 * its style credits its own).
	 */
	addControls(scaleBar: false | ControlPosition | undefined, sourcesLabel: string | null): void {
		const map = this.#map;
		if (scaleBar !== false) map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), scaleBar ?? 'top-left');
		if (sourcesLabel !== null) map.addControl(new SourcesControl(sourcesLabel, ATTRIBUTION), 'bottom-right');
	}

	/** Decorative for assistive technology: the figure caption and the marker buttons say what the map shows. */
	decorateCanvas(): void {
		const canvas = this.#map.getCanvas();
		canvas.setAttribute('aria-hidden', 'true');
		canvas.removeAttribute('aria-label');
		canvas.tabIndex = -1;
	}

	/** Explore mode: the map takes wheel, drag, pinch and keys; otherwise they scroll the story. */
	set(on: boolean): void {
		const map = this.#map;
		const handlers = [
			map.dragPan,
			map.scrollZoom,
			map.boxZoom,
			map.doubleClickZoom,
			map.touchZoomRotate,
			map.keyboard,
			map.dragRotate,
			map.touchPitch
		];
		for (const h of handlers) {
			if (on) h.enable();
			else h.disable();
		}
		if (on) map.touchZoomRotate.disableRotation();
		this.applyMotion();
		if (on && !this.#nav && this.#opts.navigationControl !== false) {
			this.#nav = new NavigationControl({ showCompass: false });
			map.addControl(this.#nav, 'top-right');
		} else if (!on && this.#nav) {
			map.removeControl(this.#nav);
			this.#nav = null;
		}
		// In story mode the canvas is decorative; in explore mode it is a focusable, named control.
		const canvas = map.getCanvas();
		canvas.tabIndex = on ? 0 : -1;
		if (on) {
			canvas.removeAttribute('aria-hidden');
			canvas.setAttribute('role', 'application');
			if (this.#opts.canvasLabel) canvas.setAttribute('aria-label', this.#opts.canvasLabel);
		} else {
			canvas.setAttribute('aria-hidden', 'true');
			canvas.removeAttribute('role');
			canvas.removeAttribute('aria-label');
		}
		map.getContainer().classList.toggle('is-exploring', on);
	}

	#fades = false;
	/**
	 * Names fade in and out once the map is shown; while it is hidden at its start (engine.ts), a
	 * fade would only hold its first idle back by the fade's length.
	 */
	fadeNames(): void {
		this.#fades = true;
		this.applyMotion();
	}

	/**
	 * Reduced motion, which the reader may switch on after the map has started: label fades stop,
	 * and exploring neither rotates nor tilts the map.
	 */
	applyMotion(): void {
		const map = this.#map;
		const reduce = this.#opts.reducedMotion();
		// MapLibre has no setter for the symbol fade; its option lives on this field.
		const fading = map as unknown as { _fadeDuration?: number };
		if (typeof fading._fadeDuration === 'number') fading._fadeDuration = reduce || !this.#fades ? 0 : 300;
		if (!map.keyboard.isEnabled()) return;
		for (const h of [map.dragRotate, map.touchPitch]) {
			if (reduce) h.disable();
			else h.enable();
		}
		if (reduce) map.keyboard.disableRotation();
		else map.keyboard.enableRotation();
	}

	/** Focuses the canvas, so that the map's keyboard controls work. */
	focus(): void {
		this.#map.getCanvas().focus();
	}

	/** Zooms in (positive) or out (negative) by `delta` levels around the centre. */
	zoomBy(delta: number): void {
		const map = this.#map;
		map.zoomTo(map.getZoom() + delta, { duration: this.#opts.reducedMotion() ? 0 : 300 });
	}
}

/**
 * The map's sources and licences behind a folded disclosure: closed until the reader
 * opens it, so it never covers the map or takes its touches.
 */
export class SourcesControl implements IControl {
	#el: HTMLDetailsElement | null = null;
	constructor(
		readonly label: string,
		readonly text: string
	) {}
	onAdd(): HTMLElement {
		const el = document.createElement('details');
		el.className = 'maplibregl-ctrl map-sources';
		const summary = document.createElement('summary');
		summary.textContent = this.label;
		const body = document.createElement('p');
		body.textContent = this.text;
		el.append(summary, body);
		this.#el = el;
		return el;
	}
	onRemove(): void {
		this.#el?.remove();
		this.#el = null;
	}
}
