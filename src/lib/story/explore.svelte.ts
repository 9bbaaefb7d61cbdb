/**
 * Explore mode on a reader's map, the same for the story's figure and an embedded card: while the
 * reader explores, the map takes input and focus; when they stop, it goes back to the chapter's
 * view; Escape stops exploring (unless a place's details are open: Escape closes those first).
 * Call while a component initialises: it sets up effects.
 */
import { tick, untrack } from 'svelte';
import type { StoryMap } from '$lib/map/engine';
import type { Scene } from '$lib/map/types';
import type { StoryState } from './state.svelte';

export function followExploring(reader: StoryState, map: () => StoryMap | null, scene: () => Scene | undefined): void {
	let wasExploring = false;
	$effect(() => {
		const on = reader.exploring;
		const m = map();
		if (!m) return;
		m.setInteractive(on);
		if (on === wasExploring) return;
		wasExploring = on;
		void tick().then(() => {
			// The map may change size (on phones it takes the screen while explored).
			m.resize();
			if (on) m.focus();
			else {
				const current = untrack(scene);
				if (current) m.show(current, { force: true });
			}
		});
	});

	$effect(() => {
		const onKeydown = (event: KeyboardEvent) => {
			// An Escape that closed a place's details (already handled) does not also stop exploring.
			if (event.key === 'Escape' && !event.defaultPrevented && reader.exploring && !reader.place) {
				event.preventDefault();
				reader.stopExploring();
			}
		};
		window.addEventListener('keydown', onKeydown);
		return () => window.removeEventListener('keydown', onKeydown);
	});
}
