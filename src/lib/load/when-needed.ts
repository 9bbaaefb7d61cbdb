/**
 * When to start something heavy that the first screen does not need (the interactive map):
 * at the reader's first sign of moving on – a scroll, a wheel turn, a touch, a key, a pointer
 * over or focus inside `target` – or, if they are still reading, once the page has loaded and
 * then stayed idle for `idleMs`. Either way the start-up stays out of the page's first seconds,
 * when the text is painting and the first taps must answer at once.
 */

/** Window events that say the reader is moving on from the first screen. */
export const READER_EVENTS = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
/** Events on the target itself: the reader is about to use it. */
export const TARGET_EVENTS = ['pointerover', 'focusin'] as const;

export interface WhenNeededOptions {
	/** The element whose use asks for the heavy thing (the map figure). */
	target: HTMLElement;
	/** Quiet time after the load event before starting anyway. */
	idleMs: number;
	win?: Window;
}

export interface Needed {
	/** Starts now, if not started yet: another part of the page knows it is needed. */
	now: () => void;
	/** Cancels what is pending (teardown); `start` will not be called any more. */
	cancel: () => void;
}

/** Calls `start` once, at the first trigger. */
export function whenNeeded(start: () => void, { target, idleMs, win = window }: WhenNeededOptions): Needed {
	let done = false;
	let timer = 0;
	let idle = 0;
	const listen = { capture: true, passive: true } as const;

	const stop = () => {
		for (const type of READER_EVENTS) win.removeEventListener(type, fire, listen);
		for (const type of TARGET_EVENTS) target.removeEventListener(type, fire, listen);
		win.removeEventListener('load', afterLoad);
		win.clearTimeout(timer);
		if (idle && 'cancelIdleCallback' in win) win.cancelIdleCallback(idle);
	};
	function fire() {
		if (done) return;
		done = true;
		stop();
		start();
	}
	function afterLoad() {
		timer = win.setTimeout(() => {
			// Wait for a quiet moment too, so that the start-up does not cut into other work.
			if ('requestIdleCallback' in win) idle = win.requestIdleCallback(fire, { timeout: 2000 });
			else fire();
		}, idleMs);
	}

	for (const type of READER_EVENTS) win.addEventListener(type, fire, listen);
	for (const type of TARGET_EVENTS) target.addEventListener(type, fire, listen);
	if (win.document.readyState === 'complete') afterLoad();
	else win.addEventListener('load', afterLoad, { once: true });
	return {
		now: fire,
		cancel: () => {
			done = true;
			stop();
		}
	};
}
