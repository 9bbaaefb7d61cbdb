/**
 * Colours of the embedded basemap and the highlights. The highlight (vermilion) and route
 * (blue) pair stays distinguishable for the common colour-vision deficiencies, and both keep
 * at least 3:1 contrast against the land and water colours, and the highlight against its own
 * fill over water (a highlighted lake). palette.test.ts checks all of this; app.css repeats the
 * highlight as --accent.
 */
export const palette = {
	water: '#d6e2ea',
	land: '#f5f3ee',
	landDetail: '#f2f0ea',
	boundary: '#8f897c',
	disputed: '#6f6a60',
	admin1: '#bdb7aa',
	river: '#9dbdd3',
	label: '#4a4740',
	labelHalo: '#f5f3ee',
	highlight: '#bd420c',
	highlightFill: 'rgba(189, 66, 12, 0.16)',
	dimmed: '#8a857a',
	route: '#1f5f99'
} as const;
