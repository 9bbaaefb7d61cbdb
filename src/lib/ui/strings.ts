/**
 * Every word of the viewer's own interface (buttons, headings, hints, labels), in one place, ready
 * for translation: a story's words live in its folder (src/content/<story>/), these are the
 * viewer's. A translation is an object of the same shape (`satisfies UiStrings`). Templated
 * strings are functions of their values.
 */
export const en = {
	index: {
		eyebrow: 'Map stories',
		read: 'Read the story',
		chapters: (n: number) => `${n} chapters`,
		kiosk: 'Exhibition kiosk'
	},
	kioskMenu: {
		hint: 'Touch a story to begin',
		chapters: (n: number) => `${n} chapters`,
		allStories: 'All stories'
	}
};

export type UiStrings = typeof en;

/** The interface's words. One language for now: the stories' own language tags say which. */
export const ui: UiStrings = en;
