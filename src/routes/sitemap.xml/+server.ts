import { embedPagesFor } from '$lib/embed/embeds';
import { STORY_EMBED } from '$lib/embed/pages';
import { siteUrl } from '$lib/embed/url';
import { siteAddressFor, storyCredits } from '$lib/share/pages.server';
import { sitemapXml } from '$lib/share/sitemap';
import { stories } from '$lib/story/stories';

/** Every story, its places' pages and its embeddable chapter cards and timeline, and the index of stories, with absolute URLs. */
export const prerender = true;

export const GET = () => {
	const site = siteAddressFor();
	const url = (path: string) => siteUrl(site.origin, site.base, path);
	const paths = stories.flatMap(({ story }) => [
		`/${story.prefix}`.replace(/(.)\/$/, '$1'),
		...[...story.places.keys()].map((id) => `/${story.prefix}places/${id}`),
		...embedPagesFor(story)
			.filter((p) => p.id !== STORY_EMBED)
			.map((p) => p.path)
	]);
	const updated = stories
		.map(({ story }) => storyCredits(story, site))
		.map((c) => c.updated ?? c.published ?? '')
		.sort()
		.at(-1);
	return new Response(sitemapXml([...paths, '/stories'].map(url), updated || undefined), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
};
