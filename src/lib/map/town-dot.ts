/** The basemap towns' dot (style.ts `TOWN_DOT`), drawn here, not fetched: the style has no sprite and needs no network. */

/** The dot's pixels; its size follows the label scale. */
export function townDot(textScale = 1): { width: number; height: number; data: Uint8Array } {
	const px = 2 * Math.round(4 * textScale);
	const data = new Uint8Array(px * px * 4);
	const c = (px - 1) / 2;
	for (let y = 0; y < px; y++) {
		for (let x = 0; x < px; x++) {
			const d = Math.hypot(x - c, y - c);
			const i = (y * px + x) * 4;
			// A grey dot with a pale ring, so it reads on land and water alike.
			const [r, g, b, a] = d <= c * 0.62 ? [111, 106, 96, 255] : d <= c ? [245, 243, 238, 230] : [0, 0, 0, 0];
			data.set([r, g, b, a], i);
		}
	}
	return { width: px, height: px, data };
}
