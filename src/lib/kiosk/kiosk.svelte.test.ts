import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskState } from './kiosk.svelte';

const timings = { dwell: 2, idle: 10, countdown: 3 };
let kiosk: KioskState;

beforeEach(() => {
	vi.useFakeTimers();
	kiosk = new KioskState(4, timings);
});

afterEach(() => {
	kiosk.destroy();
	vi.useRealTimers();
});

describe('the attract loop', () => {
	it('plays the chapters in turn and starts over after the last', () => {
		kiosk.start();
		const seen = [kiosk.index];
		for (let i = 0; i < 9; i++) {
			vi.advanceTimersByTime(2000);
			seen.push(kiosk.index);
		}
		expect(seen).toEqual([0, 1, 2, 3, 0, 1, 2, 3, 0, 1]);
		expect(kiosk.loops).toBe(2);
		expect(kiosk.mode).toBe('attract');
	});

	it('calls back at the end of each loop, and when a visitor leaves or is reset', () => {
		const events: string[] = [];
		kiosk = new KioskState(2, timings, {
			reset: (visitorLeft) => events.push(visitorLeft ? 'visitor-left' : 'loop-start'),
			loop: () => events.push(`loop ${kiosk.loops} at ${kiosk.index}`)
		});
		kiosk.start();
		vi.advanceTimersByTime(4000);
		kiosk.input();
		kiosk.reset();
		expect(events).toEqual(['loop-start', 'loop 1 at 0', 'visitor-left']);
		// A reset while the loop plays ends no session: there is no visitor to see off.
		vi.advanceTimersByTime(2000);
		kiosk.reset();
		expect(events).toEqual(['loop-start', 'loop 1 at 0', 'visitor-left', 'loop-start']);
		expect(kiosk.mode).toBe('attract');
	});

	it('does not advance before the dwell is over', () => {
		kiosk.start();
		vi.advanceTimersByTime(1999);
		expect(kiosk.index).toBe(0);
		vi.advanceTimersByTime(1);
		expect(kiosk.index).toBe(1);
	});
});

describe('a visitor', () => {
	it('stops the loop with any input, keeping the chapter on screen', () => {
		kiosk.start();
		vi.advanceTimersByTime(2000);
		kiosk.input();
		expect(kiosk.mode).toBe('explore');
		vi.advanceTimersByTime(9000);
		expect(kiosk.index).toBe(1);
	});

	it('steps between chapters, wrapping at both ends, and each step closes the panel', () => {
		kiosk.start();
		kiosk.openPlace('hilltown');
		expect(kiosk.place).toBe('hilltown');
		kiosk.previous();
		expect(kiosk.index).toBe(3);
		expect(kiosk.place).toBeNull();
		kiosk.next();
		kiosk.next();
		expect(kiosk.index).toBe(1);
		kiosk.go(6);
		expect(kiosk.index).toBe(2);
	});

	it('keeps the screen while input keeps coming', () => {
		kiosk.start();
		kiosk.input();
		for (let i = 0; i < 5; i++) {
			vi.advanceTimersByTime(9000);
			kiosk.next();
		}
		expect(kiosk.mode).toBe('explore');
	});
});

describe('idle reset', () => {
	it('asks "Still there?" after the idle time, counting down every second', () => {
		kiosk.start();
		kiosk.go(2);
		vi.advanceTimersByTime(9999);
		expect(kiosk.mode).toBe('explore');
		vi.advanceTimersByTime(1);
		expect(kiosk.mode).toBe('countdown');
		expect(kiosk.remaining).toBe(3);
		vi.advanceTimersByTime(1000);
		expect(kiosk.remaining).toBe(2);
		vi.advanceTimersByTime(1000);
		expect(kiosk.remaining).toBe(1);
	});

	it('continues where the visitor was when they answer', () => {
		kiosk.start();
		kiosk.go(2);
		kiosk.openPlace('the-dam');
		vi.advanceTimersByTime(11_000);
		expect(kiosk.mode).toBe('countdown');
		kiosk.input();
		expect(kiosk.mode).toBe('explore');
		expect(kiosk.index).toBe(2);
		expect(kiosk.place).toBe('the-dam');
		// And the idle time starts again.
		vi.advanceTimersByTime(9000);
		expect(kiosk.mode).toBe('explore');
	});

	it('closes the panel and returns to the loop on the first chapter when the countdown runs out', () => {
		const resets: boolean[] = [];
		kiosk = new KioskState(4, timings, { reset: (visitorLeft) => resets.push(visitorLeft) });
		kiosk.start();
		expect(resets).toEqual([false]);
		kiosk.go(2);
		kiosk.openPlace('the-dam');
		vi.advanceTimersByTime(10_000 + 3000);
		expect(kiosk.mode).toBe('attract');
		expect(kiosk.place).toBeNull();
		expect(kiosk.index).toBe(0);
		// Once, on the first chapter already: the page's map owner resets its view to it.
		expect(resets).toEqual([false, true]);
		// The loop runs again.
		vi.advanceTimersByTime(2000);
		expect(kiosk.index).toBe(1);
	});

	it('counts a fractional countdown in whole seconds and still runs out on time', () => {
		const short = new KioskState(3, { dwell: 0.5, idle: 2, countdown: 1.5 });
		short.start();
		short.input();
		vi.advanceTimersByTime(2000);
		expect(short.remaining).toBe(2);
		vi.advanceTimersByTime(1000);
		expect(short.remaining).toBe(1);
		vi.advanceTimersByTime(499);
		expect(short.mode).toBe('countdown');
		vi.advanceTimersByTime(1);
		expect(short.mode).toBe('attract');
		short.destroy();
	});
});

describe('lifecycle', () => {
	it('leaves no timer behind when destroyed', () => {
		kiosk.start();
		kiosk.destroy();
		expect(vi.getTimerCount()).toBe(0);
		vi.advanceTimersByTime(60_000);
		expect(kiosk.index).toBe(0);
	});

	it('keeps exactly one timer at any time', () => {
		kiosk.start();
		for (let i = 0; i < 20; i++) {
			kiosk.input();
			kiosk.next();
			vi.advanceTimersByTime(12_500);
			expect(vi.getTimerCount()).toBe(1);
		}
	});

	it('rejects a kiosk without chapters', () => {
		expect(() => new KioskState(0, timings)).toThrow(/at least one chapter/);
	});
});
