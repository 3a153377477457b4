// @ts-check
/**
 * Lint rules for the whole project: ESLint's and typescript-eslint's recommended
 * sets for TypeScript, eslint-plugin-astro for components, and its jsx-a11y
 * rules for the markup in .astro files (the site's pages are all .astro; axe
 * checks the rendered result in tests/a11y/). `npm run lint` allows no warnings.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: ['dist/', '.astro/', '.cache/', '.cms/', 'node_modules/', 'public/', 'tests/fixtures/', '.dist-build-*/'],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	astro.configs['jsx-a11y-recommended'],
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			// A region that scrolls (a wide table, TableScroll.astro) must take focus, or the keyboard cannot scroll it.
			'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
		},
	},
);
