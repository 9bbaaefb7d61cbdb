/** The map: its controls, captions, key and the places’ details. */
/** The maps: the story's, an embed's and the kiosk's. */
export const map = {
	explore: 'Explore the map',
	back: 'Back to the story',
	doneExploring: 'Done exploring',
	loading: 'Loading the map…',
	exploreHint: 'Lets you pan and zoom the map; scrolling then moves the map instead of the story.',
	embedExploreHint: 'Lets you pan and zoom the map; scrolling then moves the map.',
	/** The map canvas's accessible name. */
	canvas: 'Map. Arrow keys pan, plus and minus zoom. Press Escape to go back to the story.',
	embedCanvas: 'Map. Arrow keys pan, plus and minus zoom. Press Escape to stop exploring.',
	kioskCanvas: 'Map. Drag to move it, pinch or use the plus and minus buttons to zoom.',
	failed:
		'The interactive map could not start on this device, so this is a fixed map of each chapter. Every place is listed, with its details, in the chapters.',
	captionMore: 'More',
	captionLess: 'Less',
	/** Visually hidden, after "More" or "Less". */
	ofCaption: 'of the caption',
	zoom: 'Zoom',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	/** The folded map sources and licences on the live map (src/lib/map/interaction.ts's SourcesControl). */
	data: 'Map data'
};

/** The map's key: short names where it shares the caption over the map, else the long ones. */
export const mapKey = {
	short: {
		exact: 'exact',
		area: 'area',
		approximate: 'approximate',
		line: 'approximate line',
		town: 'town',
		'route-direct': 'route, direct',
		'route-transit': 'route, stated transit',
		disputed: 'disputed border'
	},
	long: {
		exact: 'exact position',
		area: 'area, its outline known (solid)',
		approximate: 'approximate position or area (dashed)',
		line: 'approximate line',
		town: 'town',
		'route-direct': 'route as the crow flies',
		'route-transit': 'route through a stated transit',
		disputed: 'disputed boundary'
	}
};

/** A place's button, its details and its panel. */
export const place = {
	approximate: 'approximate',
	close: 'Close details',
	pageFor: (name: string) => `Page for ${name}`,
	placesOnMap: 'Places on this map',
	when: 'When:',
	howKnown: 'How the position is known',
	exact: 'Exact position',
	approximatePosition: (radius: string | null) => `Approximate position${radius ? `, within about ${radius}` : ''}.`,
	drawnAsCircle: 'The map draws it as a dashed circle, not a pin.',
	/** `shape` is how the map draws it: an outline or a line. */
	approximateShape: (shape: 'outline' | 'line', radius: string | null) =>
		`Approximate ${shape}${radius ? `, which may be off by about ${radius}` : ''}.`,
	drawnDashed: 'The map draws it dashed.',
	coordinates: 'Coordinates:',
	km: (km: number) => `${km} km`,
	metres: (m: number) => `${m} m`
};
