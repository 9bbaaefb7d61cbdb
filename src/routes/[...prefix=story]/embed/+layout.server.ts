import { embedPagesFor } from '$lib/embed/embeds';
import { siteAddressFor } from '$lib/share/pages.server';
import { storyAt } from '$lib/story/stories';
import type { LayoutServerLoad } from './$types';

/** The site's public origin and base path, and the story's embeddable pages, for oEmbed discovery links (read at build time). */
export const load: LayoutServerLoad = ({ params }) => {
	const { origin, base } = siteAddressFor();
	return { site: { origin, base }, embeds: embedPagesFor(storyAt(params.prefix)!.story) };
};
