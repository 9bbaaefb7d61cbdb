/** Where the map's data lives under the site's base path: shared by every component that owns a map. */
import { asset } from '$app/paths';
import type { GeoMeta } from '$lib/geo-meta';
import type { DataUrls } from '$lib/map/types';

export function mapDataUrls(geo: GeoMeta): DataUrls {
	const url = (path: string) => asset(`/${path}`);
	return {
		world: url(geo.world),
		places: url('data/places.geojson'),
		routes: url(geo.routes),
		theatres: geo.theatres.map((t) => ({ ...t, url: url(t.url) }))
	};
}
