/**
 * The messages an embedded page exchanges with its host, in the formats hosts understand:
 * Pym.js (`pymxPYMx<id>xPYMx<type>xPYMx<message>`, as pym.js 1.3 writes and parses them), AMP's
 * `embed-size`, and the `iframe.resize` JSON string. Pure: building and strict parsing only.
 */

export const PYM_DELIMITER = 'xPYMx';

/** A child id as pym.js gives it (the container's element id), limited to safe characters. */
const CHILD_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

/** Reads and checks the `childId` query parameter that pym.js adds to the iframe's URL. */
export function childIdFrom(search: string): string | null {
	const id = new URLSearchParams(search).get('childId');
	return id && CHILD_ID.test(id) ? id : null;
}

export function pymMessage(childId: string, type: string, message = ''): string {
	return ['pym', childId, type, message].join(PYM_DELIMITER);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface PymMessage {
	type: string;
	message: string;
}

/** Parses a Pym message meant for this child; anything else (another id, other shapes) is null. */
export function parsePymMessage(data: unknown, childId: string): PymMessage | null {
	if (typeof data !== 'string' || data.length > 1000 || !CHILD_ID.test(childId)) return null;
	const d = PYM_DELIMITER;
	const match = new RegExp(`^pym${d}${escapeRegExp(childId)}${d}(\\S+?)${d}(.*)$`).exec(data);
	if (!match) return null;
	return { type: match[1]!, message: match[2]! };
}

/** A width in whole pixels, as Pym's parent sends it; null for anything else. */
export function parseWidth(message: string): number | null {
	if (!/^\d{1,5}$/.test(message)) return null;
	return Number(message);
}

/** Where the host's viewport and the iframe are, in the host's viewport pixels. */
export interface ViewportPosition {
	viewportWidth: number;
	viewportHeight: number;
	/** The iframe's bounding box in the host's viewport. */
	top: number;
	left: number;
	bottom: number;
	right: number;
}

/** Parses Pym's `viewport-iframe-position` payload: six numbers separated by spaces. */
export function parseViewportPosition(message: string): ViewportPosition | null {
	const parts = message.trim().split(' ');
	if (parts.length !== 6 || !parts.every((p) => /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(p))) return null;
	const [viewportWidth, viewportHeight, top, left, bottom, right] = parts.map(Number) as [number, number, number, number, number, number];
	if (viewportWidth <= 0 || viewportHeight <= 0 || bottom < top) return null;
	return { viewportWidth, viewportHeight, top, left, bottom, right };
}

/** Every height message, for every kind of host: Pym (when there is a child id), AMP, iframe.resize. */
export function heightMessages(height: number, src: string, childId: string | null): unknown[] {
	const px = Math.max(0, Math.ceil(height));
	const messages: unknown[] = [
		{ sentinel: 'amp', type: 'embed-size', height: px },
		JSON.stringify({ context: 'iframe.resize', src, height: px })
	];
	if (childId) messages.unshift(pymMessage(childId, 'height', String(px)));
	return messages;
}
