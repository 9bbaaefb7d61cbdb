/**
 * The reader's state: which chapter is active, which place is open, whether the map is being
 * explored, and how motion should behave. One instance per page, shared through a typed context.
 * Data flows one way: scroll position -> `active` -> the map's scene.
 */
import { createContext } from 'svelte';
import type { MapStatus } from '$lib/map/types';
import { ChapterClock, track } from '$lib/analytics/events';

const MOTION_KEY = 'story:reduce-motion';

/** Whether an element is in the page and displayed (it can take focus). */
function isShown(el: HTMLElement): boolean {
	if (!el.isConnected) return false;
	return typeof el.checkVisibility === 'function' ? el.checkVisibility() : !el.closest('[hidden]');
}

/**
 * Every field is read-only from outside: the page changes the state only through the methods
 * below, so each change has one place that makes it (and reports it to analytics).
 */
export class StoryState {
	#active = $state<string>('');
	/** `first`: the chapter active before the reader scrolls (the story's first). */
	constructor(first = '') {
		this.#active = first;
	}
	/** Time spent on each chapter, for the `chapter-view` analytics event. */
	#clock = new ChapterClock();
	get active(): string {
		return this.#active;
	}
	/** The chapter being read: set by the page's one reader of the scroll position. */
	read(id: string): void {
		if (id === this.#active) return;
		this.#active = id;
		if (this.#watchingViews) this.#report(this.#clock.enter(id, performance.now()));
	}
	#watchingViews = false;
	#live = $state(false);
	/**
	 * True once the page's script runs (set on mount). The prerendered page, read without
	 * JavaScript, shows no control that needs it and marks no chapter as the current one.
	 */
	get live(): boolean {
		return this.#live;
	}
	goLive(): void {
		this.#live = true;
	}
	#place = $state<string | null>(null);
	/** The open place's id; the panel shows while it is set. */
	get place(): string | null {
		return this.#place;
	}
	#exploring = $state(false);
	get exploring(): boolean {
		return this.#exploring;
	}
	#mapStatus = $state<MapStatus>('loading');
	get mapStatus(): MapStatus {
		return this.#mapStatus;
	}
	#mapScene = $state<string | null>(null);
	/** The chapter whose view the map has arrived at (idle), for tests and the caption. */
	get mapScene(): string | null {
		return this.#mapScene;
	}
	/** What the map reports: its status, and on arriving (idle), the scene it arrived at. */
	mapReport(status: MapStatus, scene: string | null = null): void {
		this.#mapStatus = status;
		if (status === 'idle') this.#mapScene = scene;
	}
	#systemReducedMotion = $state(false);
	/** The reader's system setting. */
	get systemReducedMotion(): boolean {
		return this.#systemReducedMotion;
	}
	#motionChoice = $state<boolean | null>(null);
	/** The reader's choice on this site: null until they use the toggle. */
	get motionChoice(): boolean | null {
		return this.#motionChoice;
	}
	readonly reducedMotion = $derived(this.#motionChoice ?? this.#systemReducedMotion);
	/** Whether the interactive map can be explored (it has started and not failed). */
	readonly mapReady = $derived(this.#mapStatus === 'idle' || this.#mapStatus === 'moving');

	/** Where focus returns when the place panel closes. Not reactive: only read on close. */
	#trigger: HTMLElement | null = null;
	/** Where focus returns when the reader goes back from exploring the map. */
	#exploreTrigger: HTMLElement | null = null;

	/** Explore mode: the map takes wheel, drag and keys until the reader goes back to the story. */
	explore(trigger: HTMLElement | null): void {
		this.#exploreTrigger = trigger;
		this.#exploring = true;
		track('explore', { on: true, chapter: this.#active });
	}

	/** Back to the story; focus returns to the control that started exploring, if it is still shown. */
	stopExploring(): void {
		if (this.#exploring) track('explore', { on: false, chapter: this.#active });
		this.#exploring = false;
		const trigger = this.#exploreTrigger;
		this.#exploreTrigger = null;
		// After the DOM has updated: the control may have been hidden while exploring.
		requestAnimationFrame(() => {
			if (trigger && isShown(trigger)) trigger.focus();
		});
	}

	/**
	 * Opens a place's details. `chapter`: the chapter the place was opened from, when the page's
	 * chapters are not read from the scroll (the stacked cards of an embedded story).
	 */
	openPlace(id: string, trigger: HTMLElement | null, chapter?: string): void {
		if (chapter !== undefined) this.read(chapter);
		this.#trigger = trigger;
		this.#place = id;
		track('place-open', { place: id, chapter: this.#active });
	}

	closePlace(): void {
		this.#place = null;
		const trigger = this.#trigger;
		this.#trigger = null;
		// Back to the button that opened it, if it is still on the page and visible.
		if (trigger && isShown(trigger)) trigger.focus();
	}

	setMotionChoice(reduce: boolean): void {
		this.#motionChoice = reduce;
		try {
			localStorage.setItem(MOTION_KEY, reduce ? 'reduce' : 'full');
		} catch {
			// Private mode or storage disabled: the choice lasts for this visit.
		}
	}

	#report(view: { chapter: string; seconds: number } | null): void {
		if (view) track('chapter-view', view);
	}

	/**
	 * Times the chapters the reader is on, for `chapter-view` events, pausing while the page is
	 * hidden; returns the teardown (which reports the chapter being read).
	 */
	watchViews(): () => void {
		this.#watchingViews = true;
		this.#clock.enter(this.#active, performance.now());
		const onVisibility = () => {
			if (document.visibilityState === 'hidden') this.#report(this.#clock.leave(performance.now()));
			else this.#clock.resume(performance.now());
		};
		document.addEventListener('visibilitychange', onVisibility);
		return () => {
			document.removeEventListener('visibilitychange', onVisibility);
			this.#report(this.#clock.leave(performance.now()));
			this.#watchingViews = false;
		};
	}

	/** Both watchers, for a page whose chapter is set before it mounts (the embeds); one teardown. */
	watch(): () => void {
		const stopMotion = this.watchMotion();
		const stopViews = this.watchViews();
		return () => {
			stopMotion();
			stopViews();
		};
	}

	/** Reads the system setting and the remembered choice; returns the teardown. */
	watchMotion(): () => void {
		try {
			const saved = localStorage.getItem(MOTION_KEY);
			if (saved) this.#motionChoice = saved === 'reduce';
		} catch {
			// Storage unavailable: follow the system setting.
		}
		const query = matchMedia('(prefers-reduced-motion: reduce)');
		const update = () => (this.#systemReducedMotion = query.matches);
		update();
		query.addEventListener('change', update);
		return () => query.removeEventListener('change', update);
	}
}

export const [getStoryState, setStoryState] = createContext<StoryState>();
