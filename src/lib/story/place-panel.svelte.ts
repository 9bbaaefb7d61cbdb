/**
 * A place's details panel, the same in the story's dialog and an embed card: focus moves to its
 * heading when a place opens (or another replaces it), and Escape closes it. Call while a
 * component initialises: it sets up effects.
 */
import { tick } from 'svelte';
import type { StoryState } from './state.svelte';

export function followPlacePanel(reader: StoryState, isOpen: () => boolean, heading: () => HTMLElement | undefined): void {
	$effect(() => {
		if (!isOpen()) return;
		void tick().then(() => heading()?.focus());
	});

	$effect(() => {
		const onKeydown = (event: KeyboardEvent) => {
			if (event.key === 'Escape' && isOpen()) {
				event.preventDefault();
				reader.closePlace();
			}
		};
		window.addEventListener('keydown', onKeydown);
		return () => window.removeEventListener('keydown', onKeydown);
	});
}
