/** A place’s own page. */
/** A place's own page. */
export const placePage = {
	skipToDetails: 'Skip to the details',
	back: '← Back to the story',
	eyebrow: 'Place',
	mapCaption: (name: string, approximate: 'line' | 'area' | null, chapter: string) =>
		`Map: ${name}${approximate ? `, drawn as an approximate ${approximate} (dashed)` : ''}, as in the chapter “${chapter}”.`,
	position: (exact: boolean, lat: string, lon: string) => `${exact ? 'Position' : 'Centre of the approximate area'}: ${lat}° N, ${lon}° E`,
	inTheStory: 'In the story'
};
