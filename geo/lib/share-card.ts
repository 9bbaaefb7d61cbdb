/**
 * Share cards (Open Graph / Twitter images, oEmbed thumbnails): a 1200×630 SVG that puts a static
 * map (as geo/static-maps.ts draws it) on the right and the title on the left, for resvg to turn
 * into a PNG. Pure string building: no fonts, files or rendering here.
 */
import { palette } from '../../src/lib/map/palette';

export const SHARE_CARD = { width: 1200, height: 630 } as const;
/** The text panel on the left; the map fills the rest. */
const PANEL = 470;
const PAD = 48;

export interface ShareCardInput {
	/** The static map, a whole SVG document (its root must have a viewBox). */
	mapSvg: string;
	/** Small capitals above the title: a chapter's kicker, "A place in the story". */
	eyebrow: string;
	title: string;
	/** The story's title and source line at the foot of the panel. */
	footer: string[];
}

const escapeXml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * Breaks text into lines of at most `maxChars` characters (a word longer than that keeps its own
 * line), at most `maxLines` of them, the last ending in an ellipsis when text was left out.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	const words = text.split(/\s+/).filter(Boolean);
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		const next = line ? `${line} ${word}` : word;
		if (next.length <= maxChars || !line) {
			line = next;
			continue;
		}
		lines.push(line);
		line = word;
		if (lines.length === maxLines) {
			lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/[\s,.;:–—-]+$/, '')}…`;
			return lines;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** The map's root element made a nested <svg>, placed and cropped to fill the given box. */
function nestMap(svg: string, x: number, y: number, width: number, height: number): string {
	const body = svg.replace(/^<\?xml[^>]*>\s*/, '');
	const open = /^<svg\b[^>]*>/.exec(body);
	const viewBox = open && /viewBox="([^"]+)"/.exec(open[0]);
	if (!open || !viewBox) throw new Error('share card: the map SVG has no <svg viewBox> root');
	const inner = body
		.slice(open[0].length)
		.replace(/<\/svg>\s*$/, '')
		.replace(/<title\b[^>]*>[\s\S]*?<\/title>/, '');
	return (
		`<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="${viewBox[1]}" preserveAspectRatio="xMidYMid slice">` +
		`${inner}</svg>`
	);
}

/** The card as an SVG document of SHARE_CARD's size. */
export function shareCardSvg({ mapSvg, eyebrow, title, footer }: ShareCardInput): string {
	const { width, height } = SHARE_CARD;
	const font = "'DejaVu Sans', 'Liberation Sans', sans-serif";
	// DejaVu Sans Bold at 46 px averages about 27 px a character: 14 to 15 in the panel.
	const titleSize = title.length > 44 ? 40 : 46;
	const titleLines = wrapText(title, Math.floor((PANEL - 2 * PAD) / (titleSize * 0.6)), 5);
	const titleTop = 150;
	const lineHeight = Math.round(titleSize * 1.18);
	const text = titleLines.map((l, i) => `<tspan x="${PAD}" y="${titleTop + i * lineHeight}">${escapeXml(l)}</tspan>`).join('');
	const footLines = footer.flatMap((f) => wrapText(f, 40, 3));
	const foot = footLines
		.map(
			(l, i) =>
				`<text x="${PAD}" y="${height - PAD - (footLines.length - 1 - i) * 26}" font-size="19" fill="#d8d3c8">${escapeXml(l)}</text>`
		)
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">`,
		`<rect width="${width}" height="${height}" fill="${palette.water}"/>`,
		nestMap(mapSvg, PANEL, 0, width - PANEL, height),
		`<rect width="${PANEL}" height="${height}" fill="#1f1d1a"/>`,
		`<rect x="${PANEL}" width="6" height="${height}" fill="#bd420c"/>`,
		`<text x="${PAD}" y="${PAD + 34}" font-size="20" font-weight="bold" letter-spacing="2" fill="#f0a47a">${escapeXml(eyebrow.toUpperCase())}</text>`,
		`<text font-size="${titleSize}" font-weight="bold" fill="#fbfaf7">${text}</text>`,
		foot,
		'</svg>'
	].join('\n');
}
