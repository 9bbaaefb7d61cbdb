/**
 * SvelteKit's error page, and the 404 page's heading. Only what the error page shows: the client
 * loads that page with every page, on the first screen's byte budget.
 */
export const errorPage = {
	eyebrow: 'Page not found',
	error: (status: number) => `Error ${status}`,
	title: 'This page is not part of the story',
	errorTitle: 'Something went wrong',
	back: '← Back to the story'
};
