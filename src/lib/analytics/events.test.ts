// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { ALL_EVENTS, ChapterClock, MESSAGE_TYPE, analyticsMessage, track } from './events';

describe('ChapterClock', () => {
	it('reports each chapter left with the seconds spent on it, not passes of under a second', () => {
		const clock = new ChapterClock();
		expect(clock.enter('intro', 0)).toBeNull();
		expect(clock.enter('intro', 500)).toBeNull();
		expect(clock.enter('kosovo', 12_340)).toEqual({ chapter: 'intro', seconds: 12.3 });
		expect(clock.enter('isaf', 12_900)).toBeNull();
		expect(clock.enter('iraq', 15_000)).toEqual({ chapter: 'isaf', seconds: 2.1 });
	});

	it('stops counting while the page is hidden', () => {
		const clock = new ChapterClock();
		clock.enter('iraq', 0);
		expect(clock.leave(4000)).toEqual({ chapter: 'iraq', seconds: 4 });
		clock.resume(60_000);
		expect(clock.enter('unmiss', 63_000)).toEqual({ chapter: 'iraq', seconds: 3 });
	});
});

describe('track', () => {
	it('dispatches the named event and the catch-all one on window', () => {
		const named = vi.fn();
		const all = vi.fn();
		addEventListener('peacekeeping:place-open', named);
		addEventListener(ALL_EVENTS, all);
		track('place-open', { place: 'haditha-dam', chapter: 'iraq' });
		expect((named.mock.calls[0]![0] as CustomEvent).detail).toEqual({ place: 'haditha-dam', chapter: 'iraq' });
		expect((all.mock.calls[0]![0] as CustomEvent).detail).toEqual({ name: 'place-open', place: 'haditha-dam', chapter: 'iraq' });
		removeEventListener('peacekeeping:place-open', named);
		removeEventListener(ALL_EVENTS, all);
	});
});

describe('analyticsMessage', () => {
	it('has the documented shape', () => {
		expect(analyticsMessage('explore', { on: true, chapter: 'iraq' }, 'https://s.example/embed/iraq')).toEqual({
			type: MESSAGE_TYPE,
			version: 1,
			name: 'explore',
			detail: { on: true, chapter: 'iraq' },
			page: 'https://s.example/embed/iraq'
		});
	});
});
