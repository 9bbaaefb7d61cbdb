// ESLint for TypeScript and Svelte 5, with Prettier owning the formatting.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'static/', 'src/lib/generated/', 'tests/.output/', 'bench/results/', 'node_modules/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			// Unused arguments named _ are a signature's placeholders.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Links are built by src/lib/story/paths.ts, which adds the base path and the story's
			// prefix; resolve() knows neither the catch-all story routes nor the static data files.
			'svelte/no-navigation-without-resolve': 'off',
			// {@html} renders only the story's prose, made at build time from its checked Markdown
			// (src/lib/story/prose.ts), never anything a reader typed.
			'svelte/no-at-html-tags': 'off',
			// {' '} keeps a space between inline elements that a line break in the markup would lose.
			'svelte/no-useless-mustaches': 'off'
		}
	}
);
