/**
 * Locks a page down for unattended use, with event handling (the CSS half is in the kiosk's
 * styles: touch-action, overscroll-behavior, user-select): no context menu, no text selection or
 * dragging, no link followed, no new window, no page zoom by keys or ctrl+wheel, no keyboard
 * history navigation. And one listener for "someone is here": any touch, click, key or wheel.
 * Each returns its teardown.
 */

const BLOCKED_KEYS = new Set(['+', '-', '=', '_', '0']);

/** The attribute of a link between the kiosk's own pages (the menu and a story's kiosk): the one kind followed. */
export const KIOSK_LINK = 'data-kiosk-link';

/** Whether a key press would zoom the page or navigate away. */
export function isBlockedKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
	// Page zoom (ctrl/cmd with + - 0) and history navigation (alt+arrows, Browser keys).
	if ((e.ctrlKey || e.metaKey) && BLOCKED_KEYS.has(e.key)) return true;
	if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) return true;
	return e.key === 'BrowserBack' || e.key === 'BrowserForward' || e.key === 'BrowserHome';
}

export function lockDown(win: Window): () => void {
	const prevent = (e: Event) => e.preventDefault();
	const onClick = (e: MouseEvent) => {
		// No link leaves the kiosk, and nothing opens a new window (target=_blank, shift or middle
		// click). Only a plain click on a link between the kiosk's own pages (KIOSK_LINK) is followed.
		const target = e.target instanceof Element ? e.target.closest('a[href], area[href]') : null;
		const internal =
			target?.hasAttribute(KIOSK_LINK) && e.type === 'click' && e.button === 0 && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey;
		if (target && !internal) e.preventDefault();
	};
	const onKeydown = (e: KeyboardEvent) => {
		if (isBlockedKey(e)) e.preventDefault();
	};
	const onWheel = (e: WheelEvent) => {
		// A trackpad pinch arrives as ctrl+wheel: it may zoom the map (MapLibre handled it before
		// it bubbled here), never the page.
		if (e.ctrlKey) e.preventDefault();
	};
	const onTouchMove = (e: TouchEvent) => {
		// Two fingers outside the map: no page zoom, whatever the CSS allows.
		if (e.touches.length > 1 && !(e.target instanceof Element && e.target.closest('.maplibregl-map'))) e.preventDefault();
	};
	const capture = { capture: true } as const;
	const active = { capture: false, passive: false } as const;
	const listeners: [string, EventListener, AddEventListenerOptions][] = [
		['contextmenu', prevent, capture],
		['selectstart', prevent, capture],
		['dragstart', prevent, capture],
		['click', onClick as EventListener, capture],
		['auxclick', onClick as EventListener, capture],
		['keydown', onKeydown as EventListener, capture],
		['wheel', onWheel as EventListener, active],
		['touchmove', onTouchMove as EventListener, active]
	];
	for (const [type, listener, options] of listeners) win.addEventListener(type, listener, options);
	return () => {
		for (const [type, listener, options] of listeners) win.removeEventListener(type, listener, options);
	};
}

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;

/** Calls `onInput` for any touch, click, key press or wheel turn, before the page handles it. */
export function watchInput(win: Window, onInput: () => void): () => void {
	const opts = { capture: true, passive: true } as const;
	for (const type of INPUT_EVENTS) win.addEventListener(type, onInput, opts);
	return () => {
		for (const type of INPUT_EVENTS) win.removeEventListener(type, onInput, opts);
	};
}

/** A horizontal swipe: -1 to go back (finger moved right), 1 to go on (moved left), 0 for none. */
export function swipeStep(dx: number, dy: number, min = 60): -1 | 0 | 1 {
	if (Math.abs(dx) < min || Math.abs(dx) < Math.abs(dy) * 1.5) return 0;
	return dx < 0 ? 1 : -1;
}
