/**
 * Where the site's source lives on GitHub, read from environment variables at
 * build time. The CMS backend, the contribution links and CODEOWNERS all use
 * these, so a fork only has to set the variables.
 *
 * | variable      | default                              | used for                         |
 * | ------------- | ------------------------------------ | -------------------------------- |
 * | `CMS_REPO`    | `GITHUB_REPOSITORY`, else `implementatiewiki/implementatiewiki` | GitHub `owner/name` |
 * | `CMS_BRANCH`  | `main`                               | branch the CMS commits to        |
 * | `SITE_URL`    | `https://implementatiewiki.nl`       | public address (also in astro.config.mjs) |
 *
 * A variable that is set but blank counts as unset (src/lib/env.ts).
 * The default repository is a placeholder: set `CMS_REPO` (GitHub Actions sets
 * `GITHUB_REPOSITORY` on its own) so the links point at the real repository.
 */
import { envValue, type Env } from './env.ts';

export interface RepoSettings {
	/** GitHub `owner/name`. */
	repo: string;
	/** Branch that content is merged into. */
	branch: string;
	/** Public address of the site, without a trailing slash. */
	siteUrl: string;
}

export const DEFAULT_REPO = 'implementatiewiki/implementatiewiki';
export const DEFAULT_BRANCH = 'main';
export const DEFAULT_SITE_URL = 'https://implementatiewiki.nl';

/** Reads the settings from the environment (`process.env` unless given); a blank variable counts as unset. */
export function repoSettings(env: Env = process.env): RepoSettings {
	return {
		repo: envValue('CMS_REPO', env) ?? envValue('GITHUB_REPOSITORY', env) ?? DEFAULT_REPO,
		branch: envValue('CMS_BRANCH', env) ?? DEFAULT_BRANCH,
		siteUrl: (envValue('SITE_URL', env) ?? DEFAULT_SITE_URL).replace(/\/+$/, ''),
	};
}

/** The GitHub page that opens `file` (path from the repository root) in the web editor. */
export const editUrl = (file: string, settings: RepoSettings = repoSettings()): string =>
	`https://github.com/${settings.repo}/edit/${settings.branch}/${file}`;

/** A new GitHub issue from the "fout melden" form, prefilled with the page title and address. */
export function issueUrl(title: string, pageUrl: string, settings: RepoSettings = repoSettings()): string {
	const params = new URLSearchParams({
		template: 'fout-melden.yml',
		title: `Fout op pagina: ${title}`,
		pagina: pageUrl,
	});
	return `https://github.com/${settings.repo}/issues/new?${params.toString()}`;
}

/** The entry's edit screen in the CMS. */
export const cmsEntryUrl = (collection: string, slug: string): string =>
	`/admin/#/collections/${collection}/entries/${slug}`;
