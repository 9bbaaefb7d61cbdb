/**
 * The share information of every prerendered page, from its route: the story (and its whole-story
 * embed and the kiosk, which share its card and canonical address), each chapter's card, each
 * place's page and the timeline. Server-only: it reads the validated content.
 */
import { story, storyMeta } from '$content';
import type { SiteAddress } from '$lib/embed/site.server';
import { siteUrl } from '$lib/embed/url';
import { creditsFrom, type Credits } from './credits';
import type { ShareImage, ShareInfo } from './head';
import { SHARE_IMAGE, STORY_CARD, chapterCardKey, placeCardKey, shareImageFile } from './images';

/** The report the story is told from, as a schema.org citation. */
const REPORT = {
	'@type': 'Report',
	name: 'Report on Peacekeeping Operations of the Azerbaijani Army',
	publisher: [
		{ '@type': 'GovernmentOrganization', name: 'Ministry of Defense of the Republic of Azerbaijan' },
		{ '@type': 'Organization', name: 'Center of Analysis of International Relations', alternateName: 'AIR Center' }
	]
};

/** At most `max` characters, cut at a sentence's or a word's end. */
export function shorten(text: string, max = 300): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	const sentence = cut.lastIndexOf('. ');
	return sentence > max / 2 ? cut.slice(0, sentence + 1) : `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

export function storyCredits(site: SiteAddress): Credits {
	return creditsFrom(storyMeta, siteUrl(site.origin, site.base, '/'));
}

export function shareInfoFor(routeId: string | null, params: Record<string, string>, site: SiteAddress): ShareInfo {
	const url = (path: string) => siteUrl(site.origin, site.base, path);
	const image = (key: string, alt: string): ShareImage => ({ url: url(`/${shareImageFile(key)}`), ...SHARE_IMAGE, alt });
	const base = { siteName: storyMeta.title, twitterSite: storyMeta.share.twitterSite };
	const storyImage = image(STORY_CARD, `“${storyMeta.title}” beside a map of Azerbaijan’s peacekeeping missions, with the routes from Baku to Kosovo, Kabul, Haditha and Juba.`);

	if (routeId === '/embed/[chapter]') {
		const chapter = story.chapters.find((c) => c.id === params.chapter);
		if (chapter)
			return {
				...base,
				url: url(`/embed/${chapter.id}`),
				title: `${chapter.title} · ${storyMeta.title}`,
				description: chapter.summary,
				type: 'article',
				image: image(chapterCardKey(chapter.id), shorten(`“${chapter.title}” beside the chapter’s map. ${chapter.caption}`))
			};
	}
	if (routeId === '/places/[id]') {
		const place = story.places.get(params.id ?? '');
		if (place)
			return {
				...base,
				url: url(`/places/${place.id}`),
				title: `${place.name} · ${storyMeta.title}`,
				description: place.story.summary,
				type: 'article',
				image: image(placeCardKey(place.id), `“${place.name}” beside a map of ${place.name} and its surroundings${place.certainty === 'approximate' ? ', its position drawn as approximate' : ''}.`)
			};
	}
	if (routeId === '/embed/timeline')
		return {
			...base,
			url: url('/embed/timeline'),
			title: `Deployments, 1999 to today · ${storyMeta.title}`,
			description: 'The Azerbaijani Army’s peacekeeping deployments and their strength, as the report gives them.',
			type: 'website',
			image: storyImage
		};

	// The story itself; its whole-story embed and the kiosk point to it as their canonical page.
	const home = url('/');
	const credits = storyCredits(site);
	const party = (p: { name: string; url: string }, type: string) => ({ '@type': type, name: p.name, ...(p.url ? { url: p.url } : {}) });
	return {
		...base,
		url: home,
		title: storyMeta.title,
		description: storyMeta.standfirst,
		type: 'article',
		image: storyImage,
		jsonLd:
			routeId === '/'
				? {
						'@context': 'https://schema.org',
						'@type': 'NewsArticle',
						headline: storyMeta.title,
						alternativeHeadline: storyMeta.subtitle,
						description: storyMeta.standfirst,
						url: home,
						mainEntityOfPage: home,
						inLanguage: 'en',
						image: [{ '@type': 'ImageObject', url: storyImage.url, width: SHARE_IMAGE.width, height: SHARE_IMAGE.height }],
						...(credits.published ? { datePublished: credits.published } : {}),
						...(credits.updated ?? credits.published ? { dateModified: credits.updated ?? credits.published } : {}),
						author: party(credits.author, credits.author === credits.publisher ? 'Organization' : storyMeta.byline.type),
						publisher: party(credits.publisher, 'Organization'),
						citation: REPORT
					}
				: undefined
	};
}
