/** Embeds, and the “Embed this” code. */
/** The embeds: chapter cards, the whole story, the timeline. */
export const embed = {
	readStory: 'Read the full story',
	readStoryTitled: (title: string) => `Read the full story: ${title}`,
	from: (documentTitle: string) => `From the ${documentTitle}`,
	/** The timeline embed's name (its page title, the embed code's title). */
	timeline: 'Timeline'
};

/** "Embed this": the embed code offered beside a chapter's card or the timeline. */
export const embedCode = {
	/** Before the preview link (`what` is one of the two above)… */
	leadBefore: (what: string) => `${what} for your page (`,
	preview: 'preview',
	/** …and after it. */
	leadAfter:
		'). It sizes itself where the host understands Pym.js, AMP or iframe.resize messages, and fits a fixed height where it does not.',
	iframe: (height: number) => `Iframe (${height} px tall by default)`,
	copyIframe: 'Copy iframe code',
	pym: 'Pym.js (resizes itself)',
	copyPym: 'Copy Pym.js code',
	story: 'Embed the whole story (Pym.js: told as your page scrolls)',
	copyStory: 'Copy whole-story code',
	/** What was copied, for the status line. */
	iframeCode: 'Iframe code',
	pymCode: 'Pym.js code',
	storyCode: 'Whole-story code',
	copied: (what: string) => `${what} copied.`,
	copyByHand: 'Press Ctrl+C (or ⌘C) to copy the selected code.'
};
