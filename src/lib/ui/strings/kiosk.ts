/** The kiosk and its menu of stories. */
export const kiosk = {
	/** Visually hidden around "3 / 8". */
	chapter: 'Chapter',
	of: 'of',
	hint: 'Touch the screen to explore',
	previous: 'Previous',
	next: 'Next',
	stillThere: 'Still there?',
	/** Before the seconds left… */
	restartIn: 'The tour starts again in',
	/** …and after them. */
	seconds: (n: number) => `${n === 1 ? 'second' : 'seconds'}.`,
	continue: 'Continue exploring'
};

export const kioskMenu = {
	hint: 'Touch a story to begin',
	chapters: (n: number) => `${n} chapters`,
	allStories: 'All stories'
};
