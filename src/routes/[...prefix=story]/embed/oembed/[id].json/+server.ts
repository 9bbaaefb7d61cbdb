import { error, json } from '@sveltejs/kit';
import { embedPagesFor } from '$lib/embed/embeds';
import { oembedFor } from '$lib/embed/oembed';
import { siteUrl } from '$lib/embed/url';
import { SHARE_IMAGE, shareImageFile } from '$lib/share/images';
import { siteAddressFor, storyCredits } from '$lib/share/pages.server';
import { storyAt, stories } from '$lib/story/stories';
import * as ui from '$lib/ui/strings';
import type { EntryGenerator, RequestHandler } from './$types';

/** One static oEmbed response per embeddable page, written at build time, with absolute URLs only. */
export const prerender = true;

export const entries: EntryGenerator = () => stories.flatMap((s) => embedPagesFor(s.story).map((p) => ({ prefix: s.param, id: p.id })));

export const GET: RequestHandler = ({ params }) => {
	const { story } = storyAt(params.prefix)!;
	const page = embedPagesFor(story).find((p) => p.id === params.id);
	if (!page) error(404, ui.notFound.noEmbed(params.id));
	const site = siteAddressFor();
	const url = (path: string) => siteUrl(site.origin, site.base, path);
	const { author, publisher } = storyCredits(story, site);
	return json(
		oembedFor(page, url(page.path), {
			provider: { name: publisher.name, url: publisher.url },
			author,
			thumbnail: { url: url(`/${story.prefix}${shareImageFile(page.shareKey)}`), ...SHARE_IMAGE },
			cacheAge: story.meta.share.oembedCacheAge
		})
	);
};
