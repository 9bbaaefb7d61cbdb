// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenNeeded } from './when-needed';

describe('whenNeeded', () => {
	let target: HTMLElement;
	beforeEach(() => {
		vi.useFakeTimers();
		target = document.createElement('figure');
		document.body.append(target);
	});
	afterEach(() => {
		vi.useRealTimers();
		target.remove();
	});

	it('starts once, at the reader’s first scroll, and not again', () => {
		const start = vi.fn();
		whenNeeded(start, { target, idleMs: 4000 });
		expect(start).not.toHaveBeenCalled();
		window.dispatchEvent(new Event('scroll'));
		window.dispatchEvent(new KeyboardEvent('keydown'));
		vi.advanceTimersByTime(10_000);
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('starts when the pointer comes over the target or focus moves into it', () => {
		for (const type of ['pointerover', 'focusin']) {
			const start = vi.fn();
			const needed = whenNeeded(start, { target, idleMs: 4000 });
			target.dispatchEvent(new Event(type, { bubbles: true }));
			expect(start).toHaveBeenCalledTimes(1);
			needed.cancel();
		}
	});

	it('starts by itself after the quiet time once the page has loaded', () => {
		const start = vi.fn();
		// jsdom's document has finished loading by now.
		expect(document.readyState).toBe('complete');
		whenNeeded(start, { target, idleMs: 4000 });
		vi.advanceTimersByTime(3999);
		expect(start).not.toHaveBeenCalled();
		// Then an idle callback (or at once where there is none), within its own timeout.
		vi.advanceTimersByTime(2001);
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('starts at once when asked, and never after being cancelled', () => {
		const asked = vi.fn();
		whenNeeded(asked, { target, idleMs: 4000 }).now();
		expect(asked).toHaveBeenCalledTimes(1);

		const cancelled = vi.fn();
		const needed = whenNeeded(cancelled, { target, idleMs: 4000 });
		needed.cancel();
		window.dispatchEvent(new Event('scroll'));
		needed.now();
		vi.advanceTimersByTime(10_000);
		expect(cancelled).not.toHaveBeenCalled();
	});
});
