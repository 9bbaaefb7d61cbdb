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
	boundary: '#8f897c',
	disputed: '#6f6a60',
	admin1: '#bdb7aa',
	river: '#9dbdd3',
	/** A story place that is water (the reservoir): a deeper water. */
	waterArea: '#b4cde0',
	label: '#4a4740',
	/** Names of regions and small towns: quieter than country names, still 4.5:1. */
	labelSoft: '#635f56',
	/** Names of seas, lakes and rivers, in the water's own hue. */
	waterLabel: '#2b5a80',
	town: '#6f6a60',
	runway: '#a29c8f',
	labelHalo: '#f5f3ee',
	highlight: '#bd420c',
	highlightFill: 'rgba(189, 66, 12, 0.16)',
	/** A label's leader to its dot: the highlight's darker ink (--accent-ink in tokens.css). */
	highlightInk: '#9a3409',
	/** The fill of the area whose details are open. */
	pickedFill: 'rgba(189, 66, 12, 0.3)',
	dimmed: '#8a857a',
	route: '#1f5f99'
} as const;
