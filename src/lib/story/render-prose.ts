/**
 * Renders the story page's prose to HTML at build time (see ./prose.ts). Server only: the page's
 * universal load imports it behind `import.meta.env.SSR`, so the browser bundle carries neither it
 * nor the content it renders.
 */
import { render } from 'svelte/server';
import ProseRoot from '$lib/components/ProseRoot.svelte';
import type { Story } from './model';
import type { ProsePart, StoryProse } from './prose';

/** Svelte's hydration markers are comments, and an {@html} block ends at the first empty one: none may stay inside. */
const stripComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

const html = (story: Story, part: ProsePart) => stripComments(render(ProseRoot, { props: { story, part } }).body);

export function renderProse(story: Story): StoryProse {
	return {
		chapters: Object.fromEntries(
			story.chapters.map((c) => [c.id, { text: html(story, { chapter: c.id, block: 'text' }), quotes: html(story, { chapter: c.id, block: 'quotes' }) }])
		),
		sources: html(story, 'sources')
	};
}
