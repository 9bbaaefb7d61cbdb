// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { ALL_EVENTS, ChapterClock, EVENT_PREFIX, MESSAGE_TYPE, analyticsMessage, track } from './events';

describe('ChapterClock', () => {
	it('reports each chapter left with the seconds spent on it, not passes of under a second', () => {
		const clock = new ChapterClock();
		expect(clock.enter('opening', 0)).toBeNull();
		expect(clock.enter('opening', 500)).toBeNull();
		expect(clock.enter('north', 12_340)).toEqual({ chapter: 'opening', seconds: 12.3 });
		expect(clock.enter('mission-a', 12_900)).toBeNull();
		expect(clock.enter('east', 15_000)).toEqual({ chapter: 'mission-a', seconds: 2.1 });
	});

	it('stops counting while the page is hidden', () => {
		const clock = new ChapterClock();
		clock.enter('east', 0);
		expect(clock.leave(4000)).toEqual({ chapter: 'east', seconds: 4 });
		clock.resume(60_000);
		expect(clock.enter('mission-b', 63_000)).toEqual({ chapter: 'east', seconds: 3 });
	});
});

describe('track', () => {
	it('dispatches the named event and the catch-all one on window', () => {
		const named = vi.fn();
		const all = vi.fn();
		addEventListener(`${EVENT_PREFIX}place-open`, named);
		addEventListener(ALL_EVENTS, all);
		track('place-open', { place: 'the-dam', chapter: 'east' });
		expect((named.mock.calls[0]![0] as CustomEvent).detail).toEqual({ place: 'the-dam', chapter: 'east' });
		expect((all.mock.calls[0]![0] as CustomEvent).detail).toEqual({ name: 'place-open', place: 'the-dam', chapter: 'east' });
		removeEventListener(`${EVENT_PREFIX}place-open`, named);
		removeEventListener(ALL_EVENTS, all);
	});
});

describe('analyticsMessage', () => {
	it('has the documented shape', () => {
		expect(analyticsMessage('explore', { on: true, chapter: 'east' }, 'https://s.example/embed/east')).toEqual({
			type: MESSAGE_TYPE,
			version: 1,
			name: 'explore',
			detail: { on: true, chapter: 'east' },
			page: 'https://s.example/embed/east'
		});
	});
});
