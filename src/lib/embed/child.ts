/**
 * The embedded page's side of the host protocols. It posts the page's height whenever it changes
 * (Pym, AMP and iframe.resize formats), answers Pym's `width` messages, asks a Pym parent where
 * the iframe is in its viewport, and hands the answers on. Messages are accepted only from the
 * parent window, only in Pym's shape and only for this child's id; none of them navigates.
 */
import {
	childIdFrom,
	heightMessages,
	parsePymMessage,
	parseViewportPosition,
	parseWidth,
	pymMessage,
	type ViewportPosition
} from './protocol';

export interface EmbedChildOptions {
	/** The element whose height is the page's height (it should not collapse child margins). */
	root: HTMLElement;
	/** The host's viewport and the iframe's place in it (a Pym parent, when asked or on scroll). */
	onPosition?: (position: ViewportPosition) => void;
	/** The width a Pym parent gives the iframe. */
	onWidth?: (width: number) => void;
}

export interface EmbedChild {
	/** Asks a Pym parent for the viewport position (answered with a `viewport-iframe-position` message). */
	requestPosition(): void;
	stop(): void;
}

/** Starts talking to the host; does nothing when the page is not in an iframe. */
export function startEmbedChild({ root, onPosition, onWidth }: EmbedChildOptions): EmbedChild {
	const parent = window.parent;
	if (parent === window) return { requestPosition() {}, stop() {} };
	const childId = childIdFrom(location.search);
	// iframe.resize hosts find the iframe by its src: the URL this page was loaded from.
	const src = location.href;
	// The host's origin is not known (any newsroom may embed us); heights are not secret.
	const send = (message: unknown) => parent.postMessage(message, '*');

	let last = -1;
	const postHeight = (force = false) => {
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (!force && height === last) return;
		last = height;
		for (const message of heightMessages(height, src, childId)) send(message);
	};

	const observer = new ResizeObserver(() => postHeight());
	observer.observe(root);

	const onMessage = (event: MessageEvent) => {
		// Only the window that embeds us: not a sibling frame, not an opened window, not ourselves.
		if (event.source !== parent || !childId) return;
		const message = parsePymMessage(event.data, childId);
		if (!message) return;
		if (message.type === 'width') {
			const width = parseWidth(message.message);
			if (width === null) return;
			onWidth?.(width);
			// Pym's parent sends the width and expects the height in return.
			postHeight(true);
		} else if (message.type === 'viewport-iframe-position') {
			const position = parseViewportPosition(message.message);
			if (!position) return;
			watchVisibility();
			onPosition?.(position);
		}
		// Every other message type is ignored: no request may navigate or script this page.
	};
	addEventListener('message', onMessage);
	postHeight(true);

	const requestPosition = () => {
		if (childId) send(pymMessage(childId, 'parentPositionInfo'));
	};
	// A parent without `trackscroll` sends the position only when asked: ask whenever the visible
	// part of the iframe changes (an IntersectionObserver in an iframe sees the top-level viewport).
	let visibility: IntersectionObserver | null = null;
	function watchVisibility() {
		if (visibility) return;
		visibility = new IntersectionObserver(requestPosition, { threshold: Array.from({ length: 101 }, (_, i) => i / 100) });
		visibility.observe(root);
	}
	requestPosition();

	return {
		requestPosition,
		stop() {
			observer.disconnect();
			visibility?.disconnect();
			removeEventListener('message', onMessage);
		}
	};
}
