// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenNear, NEAR } from './when-near';

/** jsdom has no IntersectionObserver nor idle callbacks: stand-ins for the browser's, which let the test move the reader and give idle time. */
function stubBrowser({ idleCallbacks = true } = {}) {
	const observers: { callback: IntersectionObserverCallback; margin: string | undefined; watched: Element[] }[] = [];
	const idle = new Map<number, IdleRequestCallback>();
	let ids = 0;
	class FakeObserver {
		entry: (typeof observers)[number];
		constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
			this.entry = { callback, margin: options?.rootMargin, watched: [] };
			observers.push(this.entry);
		}
		observe(el: Element) {
			this.entry.watched.push(el);
		}
		disconnect() {
			this.entry.watched = [];
		}
	}
	vi.stubGlobal('IntersectionObserver', FakeObserver);
	vi.stubGlobal('requestIdleCallback', idleCallbacks ? (cb: IdleRequestCallback) => (idle.set(++ids, cb), ids) : undefined);
	vi.stubGlobal('cancelIdleCallback', idleCallbacks ? (id: number) => idle.delete(id) : undefined);
	return {
		/** The reader scrolls to within the observer's margin of `el`. */
		near(el: Element) {
			for (const o of observers)
				if (o.watched.includes(el))
					o.callback([{ isIntersecting: true, target: el } as IntersectionObserverEntry], {} as IntersectionObserver);
		},
		margins: () => observers.map((o) => o.margin),
		watching: (el: Element) => observers.some((o) => o.watched.includes(el)),
		/** The browser runs its pending idle callbacks, with `ms` to spare in each. */
		idle(ms: number) {
			const pending = [...idle];
			idle.clear();
			for (const [, cb] of pending) cb({ timeRemaining: () => ms, didTimeout: false });
		},
		pendingIdle: () => idle.size
	};
}

describe('whenNear', () => {
	let el: HTMLElement;
	beforeEach(() => {
		el = document.createElement('section');
		document.body.append(el);
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
		el.remove();
	});

	it('wakes once when the reader comes within a screen of it, and stops watching', () => {
		const b = stubBrowser();
		const wake = vi.fn();
		whenNear(el, wake);
		expect(b.margins()).toEqual([NEAR]);
		expect(wake).not.toHaveBeenCalled();
		b.near(el);
		expect(wake).toHaveBeenCalledTimes(1);
		expect(b.watching(el)).toBe(false);
		el.dispatchEvent(new Event('pointerover', { bubbles: true }));
		expect(wake).toHaveBeenCalledTimes(1);
	});

	it('wakes when the pointer comes over it or focus moves into it, with that event', () => {
		for (const type of ['pointerover', 'focusin']) {
			stubBrowser();
			const wake = vi.fn();
			whenNear(el, wake);
			const inner = el.appendChild(document.createElement('a'));
			const event = new Event(type, { bubbles: true });
			inner.dispatchEvent(event);
			expect(wake).toHaveBeenCalledWith(event);
			inner.remove();
		}
	});

	it('waits for no idle time unless asked', () => {
		const b = stubBrowser();
		const wake = vi.fn();
		whenNear(el, wake);
		expect(b.pendingIdle()).toBe(0);
	});

	it('with idle, wakes in an idle period with time to spare, and waits for the next when little is left', () => {
		const b = stubBrowser();
		const wake = vi.fn();
		whenNear(el, wake, { idle: true });
		b.idle(2);
		expect(wake).not.toHaveBeenCalled();
		expect(b.pendingIdle()).toBe(1);
		b.idle(40);
		expect(wake).toHaveBeenCalledTimes(1);
		b.near(el);
		expect(wake).toHaveBeenCalledTimes(1);
	});

	it('with idle, in a browser without idle callbacks, wakes a few seconds after the start', () => {
		vi.useFakeTimers();
		stubBrowser({ idleCallbacks: false });
		const wake = vi.fn();
		whenNear(el, wake, { idle: true });
		vi.advanceTimersByTime(2000);
		expect(wake).not.toHaveBeenCalled();
		vi.advanceTimersByTime(2000);
		expect(wake).toHaveBeenCalledTimes(1);
	});

	it('stops waiting when told: no wake from the screen, the pointer or idle time', () => {
		const b = stubBrowser();
		const wake = vi.fn();
		const stop = whenNear(el, wake, { idle: true });
		stop();
		b.near(el);
		el.dispatchEvent(new Event('focusin', { bubbles: true }));
		b.idle(40);
		expect(wake).not.toHaveBeenCalled();
		expect(b.pendingIdle()).toBe(0);
	});
});
