/// <reference types="node" />
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_SCHEMAS, jsonSchemaText } from './json-schema';

const DIR = join(import.meta.dirname, '../../content/schema');

describe('the JSON Schemas for editors', () => {
	it('are current: src/content/schema/ holds what `npm run schemas` writes from the zod schemas', () => {
		for (const name of Object.keys(FILE_SCHEMAS) as (keyof typeof FILE_SCHEMAS)[])
			expect(readFileSync(join(DIR, `${name}.schema.json`), 'utf8'), `${name}.schema.json: run npm run schemas`).toBe(jsonSchemaText(name));
		expect(readdirSync(DIR).sort()).toEqual(
			Object.keys(FILE_SCHEMAS)
				.map((n) => `${n}.schema.json`)
				.sort()
		);
	});

	it('say what an editor may write: required fields, patterns and the words that explain them', () => {
		const chapter = JSON.parse(jsonSchemaText('chapter'));
		expect(chapter.required).toEqual(expect.arrayContaining(['nav', 'title', 'summary', 'places', 'caption']));
		expect(chapter.additionalProperties).toBe(false);
		expect(chapter.properties.places.items.pattern).toBeTruthy();
		expect(chapter.properties.summary.description).toMatch(/two sentences/);
	});
});
