/** The four theatres of the story: the box each detail map is clipped to, and what it labels. */
import type { BBox } from 'geojson';

export type TheatreId = 'kosovo' | 'afghanistan' | 'iraq' | 'south-sudan';

export interface Theatre {
	id: TheatreId;
	/**
	 * Clip box [w, s, e, n] of the theatre's finer data (countries, regions, rivers, towns): wider
	 * than any chapter's view on any screen, so that no feature is seen to stop at its edge.
	 */
	box: BBox;
	/** Natural Earth `adm0_a3` of the country whose admin-1 units are drawn. */
	admin1Adm0: string;
	/** Coordinate precision kept in committed sources (decimals). */
	precision: number;
	/** Visvalingam weight (square degrees) for the theatre map: 0 keeps every 10 m vertex. */
	minWeight: number;
}

export const THEATRES: readonly Theatre[] = [
	{ id: 'kosovo', box: [19.6, 41.3, 22.0, 43.0], admin1Adm0: 'KOS', precision: 5, minWeight: 1e-7 },
	{ id: 'afghanistan', box: [67.8, 33.6, 71.6, 35.6], admin1Adm0: 'AFG', precision: 4, minWeight: 1e-7 },
	{ id: 'iraq', box: [39.5, 31.8, 45.6, 35.8], admin1Adm0: 'IRQ', precision: 4, minWeight: 1e-7 },
	{ id: 'south-sudan', box: [22.5, 2.5, 36.8, 13.0], admin1Adm0: 'SDS', precision: 3, minWeight: 1e-6 }
];
