import { storyMeta } from '$content';
import { siteAddress } from '$lib/embed/site.server';
import type { LayoutServerLoad } from './$types';

/** The site's public origin and base path, for oEmbed discovery links (read at build time). */
export const load: LayoutServerLoad = () => {
	const { origin, base } = siteAddress(process.env, storyMeta.share.origin);
	return { site: { origin, base } };
};
