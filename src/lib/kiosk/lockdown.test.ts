// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KIOSK_LINK, isBlockedKey, lockDown, swipeStep, watchInput } from './lockdown';

let undo: (() => void) | null = null;
afterEach(() => {
	undo?.();
	undo = null;
	document.body.innerHTML = '';
});

function fire(target: EventTarget, event: Event): boolean {
	target.dispatchEvent(event);
	return event.defaultPrevented;
}

describe('lockDown', () => {
	it('blocks the context menu, selection and dragging', () => {
		undo = lockDown(window);
		expect(fire(document.body, new MouseEvent('contextmenu', { bubbles: true, cancelable: true }))).toBe(true);
		expect(fire(document.body, new Event('selectstart', { bubbles: true, cancelable: true }))).toBe(true);
		expect(fire(document.body, new Event('dragstart', { bubbles: true, cancelable: true }))).toBe(true);
	});

	it('follows no link, also from inside it, and leaves buttons alone', () => {
		document.body.innerHTML = '<a href="https://example.org" target="_blank"><span>out</span></a><button>ok</button>';
		undo = lockDown(window);
		const click = () => new MouseEvent('click', { bubbles: true, cancelable: true });
		expect(fire(document.querySelector('span')!, click())).toBe(true);
		expect(fire(document.querySelector('a')!, new MouseEvent('auxclick', { bubbles: true, cancelable: true }))).toBe(true);
		expect(fire(document.querySelector('button')!, click())).toBe(false);
	});

	it('follows a plain click on a link between the kiosk’s own pages, and nothing else of it', () => {
		document.body.innerHTML = `<a href="/kiosk/menu" ${KIOSK_LINK}>menu</a>`;
		undo = lockDown(window);
		const a = document.querySelector('a')!;
		expect(fire(a, new MouseEvent('click', { bubbles: true, cancelable: true }))).toBe(false);
		expect(fire(a, new MouseEvent('click', { bubbles: true, cancelable: true, shiftKey: true }))).toBe(true);
		expect(fire(a, new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }))).toBe(true);
	});

	it('blocks page zoom by keys and ctrl+wheel, but not plain keys and wheel', () => {
		undo = lockDown(window);
		const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
		expect(fire(document.body, key({ key: '+', ctrlKey: true }))).toBe(true);
		expect(fire(document.body, key({ key: '0', metaKey: true }))).toBe(true);
		expect(fire(document.body, key({ key: 'ArrowLeft', altKey: true }))).toBe(true);
		expect(fire(document.body, key({ key: 'ArrowLeft' }))).toBe(false);
		expect(fire(document.body, key({ key: '+' }))).toBe(false);
		expect(fire(document.body, new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true }))).toBe(true);
		expect(fire(document.body, new WheelEvent('wheel', { bubbles: true, cancelable: true }))).toBe(false);
	});

	it('removes every listener on teardown', () => {
		lockDown(window)();
		expect(fire(document.body, new MouseEvent('contextmenu', { bubbles: true, cancelable: true }))).toBe(false);
	});
});

describe('isBlockedKey', () => {
	it('knows the browser navigation keys', () => {
		expect(isBlockedKey({ key: 'BrowserBack', ctrlKey: false, metaKey: false, altKey: false })).toBe(true);
		expect(isBlockedKey({ key: 'Escape', ctrlKey: false, metaKey: false, altKey: false })).toBe(false);
	});
});

describe('watchInput', () => {
	it('reports pointer, key and wheel input until stopped', () => {
		const onInput = vi.fn();
		const stop = watchInput(window, onInput);
		document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
		document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
		document.body.dispatchEvent(new WheelEvent('wheel', { bubbles: true }));
		expect(onInput).toHaveBeenCalledTimes(3);
		stop();
		document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
		expect(onInput).toHaveBeenCalledTimes(3);
	});
});

describe('swipeStep', () => {
	it('reads a leftward swipe as next and a rightward one as previous', () => {
		expect(swipeStep(-120, 10)).toBe(1);
		expect(swipeStep(120, -10)).toBe(-1);
	});

	it('ignores short and mostly vertical movements', () => {
		expect(swipeStep(-30, 0)).toBe(0);
		expect(swipeStep(-100, 90)).toBe(0);
		expect(swipeStep(0, 0)).toBe(0);
	});
});
