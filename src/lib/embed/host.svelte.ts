/**
 * What an embedded page knows about its host page, shared through a typed context by the embed
 * layout: (from a Pym parent) where the host's viewport is.
 */
import { createContext } from 'svelte';
import type { ViewportPosition } from './protocol';

export class EmbedHost {
	/** The host's viewport and the iframe's box in it; null until a Pym parent has sent it. */
	position = $state.raw<ViewportPosition | null>(null);
}

export const [getEmbedHost, setEmbedHost] = createContext<EmbedHost>();
