// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { StoryState } from './state.svelte';

afterEach(() => {
	localStorage.clear();
	document.body.innerHTML = '';
});

describe('StoryState motion', () => {
	it('follows the system setting until the reader chooses, and remembers the choice', () => {
		const state = new StoryState();
		const system = { matches: true, addEventListener() {}, removeEventListener() {} };
		window.matchMedia = (() => system) as unknown as typeof window.matchMedia;
		state.watchMotion();
		flushSync();
		expect(state.reducedMotion).toBe(true);
		state.setMotionChoice(false);
		flushSync();
		expect(state.reducedMotion).toBe(false);
		expect(localStorage.getItem('story:reduce-motion')).toBe('full');

		// A new visit reads the remembered choice.
		const next = new StoryState();
		const matches = { matches: true, addEventListener() {}, removeEventListener() {} };
		window.matchMedia = (() => matches) as unknown as typeof window.matchMedia;
		const stop = next.watchMotion();
		flushSync();
		expect(next.systemReducedMotion).toBe(true);
		expect(next.reducedMotion).toBe(false);
		stop();
	});
});

describe('StoryState places', () => {
	it('returns focus to the button that opened a place', () => {
		document.body.innerHTML = '<button id="opener">Harbour</button><button id="other">x</button>';
		const opener = document.getElementById('opener')!;
		const state = new StoryState();
		state.openPlace('harbour', opener);
		expect(state.place).toBe('harbour');
		document.getElementById('other')!.focus();
		state.closePlace();
		expect(state.place).toBeNull();
		expect(document.activeElement).toBe(opener);
	});

	it('does not send focus to a button that has gone or is hidden', () => {
		document.body.innerHTML = '<div hidden><button id="opener">Harbour</button></div><button id="other">x</button>';
		const state = new StoryState();
		state.openPlace('harbour', document.getElementById('opener'));
		const other = document.getElementById('other')!;
		other.focus();
		state.closePlace();
		expect(document.activeElement).toBe(other);
	});
});

describe('StoryState exploring', () => {
	it('returns focus to the control that started exploring, once the reader goes back', async () => {
		document.body.innerHTML = '<button id="fab">Explore the map</button><button id="back">Back</button>';
		const state = new StoryState();
		state.explore(document.getElementById('fab'));
		expect(state.exploring).toBe(true);
		document.getElementById('back')!.focus();
		state.stopExploring();
		expect(state.exploring).toBe(false);
		await new Promise((resolve) => requestAnimationFrame(resolve));
		expect(document.activeElement?.id).toBe('fab');
	});
});
