/**
 * The kiosk's state machine: the attract loop, a visitor exploring, and the "Still there?"
 * countdown that hands the screen back to the loop. Pure timing logic with runes: no DOM, no
 * map. One instance per kiosk page; `destroy()` clears every timer.
 *
 *   attract --input--> explore --idle--> countdown --runs out--> attract (reset)
 *                         ^                  |
 *                         +------input-------+
 */
import { track } from '$lib/analytics/events';
import type { KioskTimings } from './timings';

export type KioskMode = 'attract' | 'explore' | 'countdown';

/** What the page does when the kiosk changes course: callbacks, called once per event. */
export interface KioskEvents {
	/**
	 * Back on the first chapter of the loop: at the start, and (`visitorLeft`) when a visitor's
	 * session ends by the countdown or a reset. The map's owner resets its view.
	 */
	reset?: (visitorLeft: boolean) => void;
	/** A loop is complete: the page may check for a new version. */
	loop?: () => void;
}

export class KioskState {
	mode = $state<KioskMode>('attract');
	/** The chapter on screen, as an index into the chapter list. */
	index = $state(0);
	/** The open place's id, or null. */
	place = $state<string | null>(null);
	/** Whole seconds left in the countdown (shown to the visitor). */
	remaining = $state(0);
	/** Counts completed attract loops (back to the first chapter by itself), for the page's data. */
	loops = $state(0);

	readonly count: number;
	readonly timings: KioskTimings;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#left = 0;
	#destroyed = false;
	/** When the current visitor's session started (Date.now()). */
	#sessionStart = 0;

	readonly #on: KioskEvents;

	constructor(count: number, timings: KioskTimings, on: KioskEvents = {}) {
		if (!Number.isInteger(count) || count < 1) throw new Error(`A kiosk needs at least one chapter (got ${count})`);
		this.count = count;
		this.timings = timings;
		this.#on = on;
	}

	/** Starts (or restarts) the attract loop on the first chapter. */
	start(): void {
		this.#attract(false);
	}

	/**
	 * Any touch, click or key press: stops the loop, dismisses the countdown and restarts the
	 * idle timer. The chapter on screen stays.
	 */
	input(): void {
		if (this.#destroyed) return;
		if (this.mode === 'attract') {
			this.#sessionStart = Date.now();
			track('kiosk-start', {});
		}
		this.mode = 'explore';
		this.remaining = 0;
		this.#schedule(this.timings.idle * 1000, () => this.#startCountdown());
	}

	next(): void {
		this.go(this.index + 1);
	}

	previous(): void {
		this.go(this.index - 1);
	}

	/** Shows a chapter (wrapping around at both ends) as a visitor's choice. */
	go(index: number): void {
		this.input();
		this.place = null;
		this.index = ((index % this.count) + this.count) % this.count;
	}

	openPlace(id: string): void {
		this.input();
		this.place = id;
	}

	closePlace(): void {
		this.input();
		this.place = null;
	}

	/** Back to the attract loop: panel closed, first chapter, map reset by its owner. */
	reset(): void {
		const visitorLeft = this.mode !== 'attract';
		this.#endSession('reset');
		this.#attract(visitorLeft);
		track('kiosk-reset', {});
	}

	/** A visitor's session is over: reports how long it lasted. */
	#endSession(reason: 'timeout' | 'reset'): void {
		if (this.mode === 'attract' || this.#destroyed) return;
		track('kiosk-end', { seconds: Math.round((Date.now() - this.#sessionStart) / 1000), reason });
		this.mode = 'attract';
	}

	destroy(): void {
		this.#destroyed = true;
		this.#cancel();
	}

	/** Back to the first chapter and the loop; `visitorLeft`: a visitor's session has just ended. */
	#attract(visitorLeft: boolean): void {
		if (this.#destroyed) return;
		this.mode = 'attract';
		this.place = null;
		this.remaining = 0;
		this.index = 0;
		this.#scheduleDwell();
		this.#on.reset?.(visitorLeft);
	}

	#scheduleDwell(): void {
		this.#schedule(this.timings.dwell * 1000, () => {
			const next = (this.index + 1) % this.count;
			this.index = next;
			this.#scheduleDwell();
			if (next === 0) {
				this.loops += 1;
				this.#on.loop?.();
			}
		});
	}

	#startCountdown(): void {
		this.mode = 'countdown';
		this.#left = this.timings.countdown * 1000;
		this.remaining = Math.ceil(this.#left / 1000);
		this.#tick();
	}

	/** Counts down in steps of at most a second, so the visitor sees every second go. */
	#tick(): void {
		const step = Math.min(1000, this.#left);
		this.#schedule(step, () => {
			this.#left -= step;
			this.remaining = Math.ceil(this.#left / 1000);
			if (this.#left <= 0) {
				this.#endSession('timeout');
				this.#attract(true);
				track('kiosk-reset', {});
			} else this.#tick();
		});
	}

	#schedule(ms: number, fn: () => void): void {
		this.#cancel();
		this.#timer = setTimeout(() => {
			this.#timer = null;
			if (!this.#destroyed) fn();
		}, ms);
	}

	#cancel(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
	}
}
