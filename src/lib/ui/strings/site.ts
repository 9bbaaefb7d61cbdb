/** Pages of the site: the 404 page, the share tags, the index of stories (the error page's words are in error.ts). */
/** The 404 page (src/routes/404), and why a page of a story is missing. */
export const notFound = {
	text: 'There is nothing at this address. It may be mistyped, or it may point to a page this story does not have. Every chapter is in the navigation above, and every place has a page linked from its chapter.',
	backTo: (title: string) => `← Back to the story: ${title}`,
	others: 'Other stories',
	/** Why a page of a story is missing (the error page shows it). */
	noPlace: (id: string) => `No place called “${id}” in this story`,
	noChapter: (id: string) => `No chapter called “${id}” in this story`,
	noTimeline: 'This story has no timeline',
	noEmbed: (id: string) => `No embeddable page called “${id}”`
};

/** Share cards' alternative texts (src/lib/share/pages.server.ts). */
export const share = {
	chapterAlt: (title: string, caption: string) => `“${title}” beside the chapter’s map. ${caption}`,
	placeAlt: (name: string, approximate: boolean) =>
		`“${name}” beside a map of ${name} and its surroundings${approximate ? ', its position drawn as approximate' : ''}.`
};

export const index = {
	eyebrow: 'Map stories',
	read: 'Read the story',
	chapters: (n: number) => `${n} chapters`,
	kiosk: 'Exhibition kiosk'
};
