/**
 * Colours of the embedded basemap and the highlights. The highlight (vermilion) and route
 * (blue) pair stays distinguishable for the common colour-vision deficiencies, and both keep
 * at least 3:1 contrast against the land and water colours.
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
	highlight: '#c8470e',
	highlightFill: 'rgba(200, 71, 14, 0.16)',
	dimmed: '#8a857a',
	route: '#1f5f99'
} as const;
