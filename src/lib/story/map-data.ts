import type { GeoMeta } from '$lib/geo-meta';
import type { DataUrls } from '$lib/map/types';

/** The map data's URLs, resolved by `url` (the site's asset path) from the geo build's metadata. */
export function mapDataUrls(geo: GeoMeta, url: (path: string) => string): DataUrls {
	return {
		world: url(geo.world),
		places: url('data/places.geojson'),
		routes: url(geo.routes),
		theatres: geo.theatres.map((t) => ({ ...t, url: url(t.url) }))
	};
}
