import type { StoryMeta } from './types';

/** The story's title, standfirst, credit line, byline, dates and the document it is told from. */
export const storyMeta = {
	title: 'Peacekeepers from the Caspian',
	subtitle: 'The peacekeeping missions of the Azerbaijani Army, 1999 to today, on the map',
	standfirst:
		'From Kosovo to Kabul, the Euphrates and South Sudan: five operations, told from the report of the Ministry of Defense of the Republic of Azerbaijan and the Center of Analysis of International Relations.',
	credit:
		'Source: Report on Peacekeeping Operations of the Azerbaijani Army (Ministry of Defense of the Republic of Azerbaijan and Center of Analysis of International Relations). Map data: Natural Earth; positions as noted for each place.',
	/**
	 * Who made the story, as the page, the share tags and the oEmbed responses name it. A team
	 * credit, not invented names: a newsroom that publishes the story puts its desk or its
	 * reporters here (`type: 'Person'` for a person).
	 */
	byline: { name: 'Map Story Team', type: 'Organization' },
	/** First publication and last substantive update, as ISO dates (YYYY-MM-DD). */
	published: '2026-12-02',
	updated: '2026-12-02',
	/**
	 * The one document the story is told from, as its title page gives it. The report carries no
	 * web address, date or ISBN: `url` stays null and `availability` says so, and where to ask.
	 */
	sourceDocument: {
		title: 'Report on Peacekeeping Operations of the Azerbaijani Army',
		publishers: [
			{ name: 'Ministry of Defense of the Republic of Azerbaijan', website: 'https://mod.gov.az/' },
			{ name: 'Center of Analysis of International Relations', website: 'https://aircenter.az/' }
		],
		url: null,
		availability:
			'The report gives no web address, publication date or ISBN, and this story does not guess one. For a copy, ask its publishers: the Ministry of Defense (mod.gov.az) or the Center of Analysis of International Relations (aircenter.az), whose websites the report’s own footnotes cite.'
	},
	/** Short labels for the chapter navigation. */
	navLabels: {
		intro: 'Overview',
		founding: 'Beginnings',
		kosovo: 'Kosovo',
		isaf: 'Afghanistan: ISAF',
		'resolute-support': 'Kabul airport',
		iraq: 'Iraq',
		unmiss: 'South Sudan',
		legacy: 'Legacy'
	},
	/**
	 * Sharing and syndication (issue 14): share cards, oEmbed, JSON-LD, sitemap. The public address
	 * is SITE_ORIGIN at build time; `origin` here, when set, is used where SITE_ORIGIN is not.
	 * The byline and dates are read from `byline`, `published` and `updated` when present (see
	 * src/lib/share/credits.ts).
	 */
	share: {
		origin: '',
		/** Who publishes this site: the newsroom's name and home page ('' = the story itself). */
		publisher: { name: 'Peacekeepers from the Caspian', url: '' },
		/** The newsroom's account for `twitter:site` ('' for none), e.g. '@newsroom'. */
		twitterSite: '',
		/** How long consumers may cache an oEmbed response, in seconds. */
		oembedCacheAge: 86_400
	}
} as const satisfies StoryMeta;
