/** The four theatres of the story: the box each detail map is clipped to, and what it labels. */
import type { BBox } from 'geojson';

export type TheatreId = 'kosovo' | 'afghanistan' | 'iraq' | 'south-sudan';

export interface Theatre {
	id: TheatreId;
	/** Clip box [w, s, e, n]: generous around the sites so a camera fit never shows an empty edge. */
	box: BBox;
	/** Natural Earth `adm0_a3` of the country whose admin-1 units are drawn. */
	admin1Adm0: string;
	/** Coordinate precision kept in committed sources (decimals). */
	precision: number;
	/** Visvalingam weight (square degrees) for the theatre map: 0 keeps every 10 m vertex. */
	minWeight: number;
}

export const THEATRES: readonly Theatre[] = [
	{ id: 'kosovo', box: [19.9, 41.5, 21.7, 42.75], admin1Adm0: 'KOS', precision: 5, minWeight: 0 },
	{ id: 'afghanistan', box: [68.3, 33.9, 71.1, 35.2], admin1Adm0: 'AFG', precision: 4, minWeight: 0 },
	{ id: 'iraq', box: [40.2, 32.4, 45.0, 35.2], admin1Adm0: 'IRQ', precision: 4, minWeight: 0 },
	{ id: 'south-sudan', box: [23.3, 3.2, 36.1, 12.5], admin1Adm0: 'SDS', precision: 3, minWeight: 1e-6 }
];
