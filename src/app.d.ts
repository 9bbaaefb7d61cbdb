// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** Optional remote basemap style, from BASEMAP_STYLE_URL at build time; '' for the embedded basemap. */
	const __BASEMAP_STYLE_URL__: string;
}

export {};
