import { describe, expect, it } from 'vitest';
import { initialCamera, openingBox } from './camera';
import type { Scene } from './types';

const padding = () => ({ top: 10, right: 10, bottom: 10, left: 10 });
const inside = ([w, s, e, n]: readonly number[], [lng, lat]: readonly number[]) => lng! > w! && lng! < e! && lat! > s! && lat! < n!;

describe('openingBox', () => {
	it('is the scene’s bounds when it has them', () => {
		const scene: Scene = { key: 'a', bounds: [10, 20, 30, 40], highlight: [] };
		expect(openingBox(scene)).toEqual([10, 20, 30, 40]);
	});

	it('holds the centre the map opens on, for a scene with a camera and for one with neither camera nor bounds', () => {
		const withCamera: Scene = { key: 'b', camera: { center: [69.2, 34.6], zoom: 11 }, highlight: [] };
		const bare: Scene = { key: 'c', highlight: [] };
		for (const scene of [withCamera, bare]) {
			const camera = initialCamera(scene, padding) as { center: [number, number] };
			expect(inside(openingBox(scene), camera.center)).toBe(true);
		}
	});
});
