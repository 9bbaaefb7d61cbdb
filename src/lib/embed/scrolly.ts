/**
 * Scrollytelling inside an iframe that is as tall as its content: the iframe never scrolls, the
 * host page does. A Pym parent tells us where the iframe is in the host's viewport; from that we
 * place the one map at the top of the host's viewport and pick the chapter being read. Pure.
 */
import { pickActive } from '$lib/scroll/active-line';
import type { ViewportPosition } from './protocol';

/**
 * The map's height: a share of the host's viewport, within reason. On a phone (narrow or short)
 * a smaller share, so that the map and its two-line caption leave the reader more than half the
 * screen.
 */
export function scrollyMapHeight(p: ViewportPosition): number {
	const small = p.viewportWidth < 600 || p.viewportHeight < 600;
	const [share, min, max] = small ? [0.3, 140, 300] : [0.42, 200, 460];
	return Math.round(Math.min(max, Math.max(min, p.viewportHeight * share)));
}

/**
 * The map's offset inside its container (whose top is `containerTop` in the embed's page), so that
 * it stays at the top of the host's viewport while the container passes, and never leaves it.
 */
export function stickyOffset(p: ViewportPosition, containerTop: number, containerHeight: number, mapHeight: number): number {
	const wanted = -p.top - containerTop;
	return Math.round(Math.min(Math.max(0, wanted), Math.max(0, containerHeight - mapHeight)));
}

/**
 * The chapter being read: the section that crosses a line in the part of the host's viewport
 * below the map. `sections` are boxes in the embed's page coordinates, in document order.
 */
export function activeSection(
	p: ViewportPosition,
	sections: readonly { id: string; top: number; bottom: number }[],
	mapHeight: number
): string | null {
	const inViewport = sections.map((s) => ({ id: s.id, top: s.top + p.top, bottom: s.bottom + p.top }));
	const line = (mapHeight + (p.viewportHeight - mapHeight) * 0.4) / p.viewportHeight;
	return pickActive(inViewport, p.viewportHeight, line);
}

/** The host's viewport size as the embedded story lays out for it. */
export interface HostViewport {
	width: number;
	height: number;
}

/**
 * The viewport size to lay out for: the last one held while the width stays and the height
 * changes by at most a quarter (a phone's address bar showing and hiding as the reader scrolls),
 * else the new one. Null while the host has said nothing.
 */
export function holdViewport(held: HostViewport | null, p: ViewportPosition | null): HostViewport | null {
	if (!p) return held;
	if (held && held.width === p.viewportWidth && Math.abs(held.height - p.viewportHeight) <= p.viewportHeight * 0.25) return held;
	return { width: p.viewportWidth, height: p.viewportHeight };
}
