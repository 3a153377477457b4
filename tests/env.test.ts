/**
 * Settings from environment variables: a blank variable counts as unset. The
 * deploy workflow passes `SITE_URL: ${{ vars.SITE_URL }}`, which is an empty
 * string when the repository variable was never set; the site must then
 * build with the default address, not with an empty one.
 */
import { describe, expect, it } from 'vitest';
import { envValue } from '../src/lib/env.ts';
import { DEFAULT_SITE_URL, repoSettings } from '../src/lib/repo.ts';
import { run } from './helpers.ts';

/** The `site` of astro.config.mjs as Astro loads it, with SITE_URL set to `value`. */
const configuredSite = (value: string) => {
	const result = run(
		process.execPath,
		['--input-type=module', '-e', "console.log(JSON.stringify((await import('./astro.config.mjs')).default.site))"],
		{ SITE_URL: value },
	);
	if (result.status !== 0) throw new Error(result.output);
	return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as unknown;
};

describe('environment variables', () => {
	it('are unset when missing or blank, and trimmed otherwise', () => {
		expect(envValue('X', {})).toBeUndefined();
		expect(envValue('X', { X: '' })).toBeUndefined();
		expect(envValue('X', { X: ' \n' })).toBeUndefined();
		expect(envValue('X', { X: ' https://example.org ' })).toBe('https://example.org');
	});

	it('give the repository settings their defaults when blank, and no guessed repository', () => {
		expect(repoSettings({ SITE_URL: '', CMS_REPO: '', CMS_BRANCH: ' ' })).toEqual({
			repo: undefined,
			branch: 'main',
			siteUrl: DEFAULT_SITE_URL,
		});
		expect(repoSettings({ SITE_URL: 'https://wiki.example.org/' }).siteUrl).toBe('https://wiki.example.org');
		expect(repoSettings({ GITHUB_REPOSITORY: 'nic/wiki' }).repo).toBe('nic/wiki');
		expect(repoSettings({ CMS_REPO: 'not a repo' }).repo).toBeUndefined();
	});

	it('give astro.config.mjs the default address when SITE_URL is empty, as the deploy workflow passes it', () => {
		expect(configuredSite('')).toBe(DEFAULT_SITE_URL);
		expect(configuredSite('https://wiki.example.org/')).toBe('https://wiki.example.org');
	});
});
