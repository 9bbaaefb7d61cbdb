/**
 * The share information of every prerendered page, from its route: a story (and its whole-story
 * embed and kiosk, which share its card and canonical address), each chapter's card, each place's
 * page, a timeline, the index of stories. Server-only: it reads the checked content.
 */
import { siteAddress, type SiteAddress } from '$lib/embed/site.server';
import { siteUrl } from '$lib/embed/url';
import type { Story } from '$lib/story/model';
import { siteConfig, stories, storyAt } from '$lib/story/stories';
import * as ui from '$lib/ui/strings';
import { creditsFrom, type Credits } from './credits';
import type { ShareImage, ShareInfo } from './head';
import { SHARE_IMAGE, STORY_CARD, chapterCardKey, placeCardKey, shareImageFile } from './images';

/** The site's public address: SITE_ORIGIN, else the first story's `share.origin`, else the local preview. */
export const siteAddressFor = (): SiteAddress => siteAddress(process.env, stories[0]!.story.meta.share.origin);

/** The document a story is told from, as a schema.org citation. */
function citation(story: Story) {
	const doc = story.meta.sourceDocument;
	return {
		'@type': doc.kind.charAt(0).toUpperCase() + doc.kind.slice(1),
		name: doc.title,
		publisher: doc.publishers.map((p) => ({
			'@type': p.type ?? 'Organization',
			name: p.name,
			...(p.alternateName ? { alternateName: p.alternateName } : {})
		}))
	};
}

/** At most `max` characters, cut at a sentence's or a word's end. */
export function shorten(text: string, max = 300): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	const sentence = cut.lastIndexOf('. ');
	return sentence > max / 2 ? cut.slice(0, sentence + 1) : `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

export function storyCredits(story: Story, site: SiteAddress): Credits {
	return creditsFrom(story.meta, siteUrl(site.origin, site.base, `/${story.prefix}`));
}

const ROUTE = '/[...prefix=story]';

export function shareInfoFor(routeId: string | null, params: Record<string, string>, site: SiteAddress): ShareInfo {
	const url = (path: string) => siteUrl(site.origin, site.base, path);
	const found = routeId?.startsWith(ROUTE) ? storyAt(params.prefix) : undefined;
	// The index of stories (and any page outside a story): the site, with the first story's card.
	const story = found?.story ?? stories[0]!.story;
	const p = story.prefix;
	const image = (key: string, alt: string): ShareImage => ({ url: url(`/${p}${shareImageFile(key)}`), ...SHARE_IMAGE, alt });
	const meta = story.meta;
	const base = { siteName: found ? meta.title : siteConfig.title, twitterSite: meta.share.twitterSite };
	const storyImage = image(STORY_CARD, meta.shareImageAlt);
	const route = routeId?.slice(ROUTE.length) ?? null;

	if (!found)
		return {
			...base,
			url: url(routeId ?? '/'),
			title: siteConfig.title,
			description: siteConfig.description,
			type: 'website',
			image: storyImage
		};

	if (route === '/embed/[chapter]') {
		const chapter = story.chapters.find((c) => c.id === params.chapter);
		if (chapter)
			return {
				...base,
				url: url(`/${p}embed/${chapter.id}`),
				title: ui.titles.within(chapter.title, meta.title),
				description: chapter.summary,
				type: 'article',
				image: image(chapterCardKey(chapter.id), shorten(ui.share.chapterAlt(chapter.title, chapter.caption)))
			};
	}
	if (route === '/places/[id]') {
		const place = story.places.get(params.id ?? '');
		if (place)
			return {
				...base,
				url: url(`/${p}places/${place.id}`),
				title: ui.titles.within(place.name, meta.title),
				description: place.story.summary,
				type: 'article',
				image: image(placeCardKey(place.id), ui.share.placeAlt(place.name, place.certainty === 'approximate'))
			};
	}
	if (route === '/embed/timeline' && story.timeline)
		return {
			...base,
			url: url(`/${p}embed/timeline`),
			title: ui.titles.within(story.timeline.title, meta.title),
			description: story.timeline.description,
			type: 'website',
			image: storyImage
		};

	// The story itself; its whole-story embed and the kiosk point to it as their canonical page.
	const home = url(`/${p}`.replace(/(.)\/$/, '$1'));
	const credits = storyCredits(story, site);
	const party = (x: { name: string; url: string }, type: string) => ({ '@type': type, name: x.name, ...(x.url ? { url: x.url } : {}) });
	return {
		...base,
		url: home,
		title: meta.title,
		description: meta.standfirst,
		type: 'article',
		image: storyImage,
		jsonLd:
			route === ''
				? {
						'@context': 'https://schema.org',
						'@type': 'NewsArticle',
						headline: meta.title,
						alternativeHeadline: meta.subtitle,
						description: meta.standfirst,
						url: home,
						mainEntityOfPage: home,
						inLanguage: meta.language,
						image: [{ '@type': 'ImageObject', url: storyImage.url, width: SHARE_IMAGE.width, height: SHARE_IMAGE.height }],
						...(credits.published ? { datePublished: credits.published } : {}),
						...((credits.updated ?? credits.published) ? { dateModified: credits.updated ?? credits.published } : {}),
						author: party(credits.author, credits.author === credits.publisher ? 'Organization' : meta.byline.type),
						publisher: party(credits.publisher, 'Organization'),
						citation: citation(story)
					}
				: undefined
	};
}
