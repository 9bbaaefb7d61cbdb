/** The story's title, standfirst and credit line. */
export const storyMeta = {
	title: 'Peacekeepers from the Caspian',
	subtitle: 'The peacekeeping missions of the Azerbaijani Army, 1999 to today, on the map',
	standfirst:
		'From Kosovo to Kabul, the Euphrates and South Sudan: five operations, told from the report of the Ministry of Defense of the Republic of Azerbaijan and the Center of Analysis of International Relations.',
	credit:
		'Source: Report on Peacekeeping Operations of the Azerbaijani Army (Ministry of Defense of the Republic of Azerbaijan and Center of Analysis of International Relations). Map data: Natural Earth; positions as noted for each place.',
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
} as const;
