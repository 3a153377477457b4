/**
 * Where the site's source lives on GitHub, read from environment variables at
 * build time. The CMS backend, the contribution links, /over/ and CODEOWNERS
 * all use these, so a fork only has to set the variables.
 *
 * | variable      | default                              | used for                         |
 * | ------------- | ------------------------------------ | -------------------------------- |
 * | `CMS_REPO`    | `GITHUB_REPOSITORY`, else none       | GitHub `owner/name`              |
 * | `CMS_BRANCH`  | `main`                               | branch the CMS commits to        |
 * | `SITE_URL`    | `https://implementatiewiki.nl`       | public address (also in astro.config.mjs) |
 *
 * A variable that is set but blank counts as unset (src/lib/env.ts).
 * There is no default repository: a guessed address would send readers to a
 * repository nobody knows exists. Without one, pages say and link nothing that
 * depends on it (no "Stel een wijziging voor", no "Meld een fout", no
 * repository on /over/), and the CMS only works locally (decap-server). GitHub
 * Actions sets `GITHUB_REPOSITORY` on its own; the deploy workflow sets `CMS_REPO`.
 */
import { envValue, type Env } from './env.ts';

export interface RepoSettings {
	/** GitHub `owner/name`; undefined when the build was not told, and then nothing links to it. */
	repo: string | undefined;
	/** Branch that content is merged into. */
	branch: string;
	/** Public address of the site, without a trailing slash. */
	siteUrl: string;
}

export const DEFAULT_BRANCH = 'main';
export const DEFAULT_SITE_URL = 'https://implementatiewiki.nl';

/** `owner/name`: what GitHub accepts as a repository name. */
const REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

/** Reads the settings from the environment (`process.env` unless given). A malformed repository counts as none. */
export function repoSettings(env: Env = process.env): RepoSettings {
	const repo = envValue('CMS_REPO', env) ?? envValue('GITHUB_REPOSITORY', env);
	return {
		repo: repo && REPO.test(repo) ? repo : undefined,
		branch: envValue('CMS_BRANCH', env) ?? DEFAULT_BRANCH,
		siteUrl: (envValue('SITE_URL', env) ?? DEFAULT_SITE_URL).replace(/\/+$/, ''),
	};
}

/** The repository's home page on GitHub, or undefined when no repository is set. */
export const repoUrl = (settings: RepoSettings = repoSettings()): string | undefined =>
	settings.repo && `https://github.com/${settings.repo}`;

/** The GitHub page that opens `file` (path from the repository root) in the web editor; undefined without a repository. */
export const editUrl = (file: string, settings: RepoSettings = repoSettings()): string | undefined =>
	settings.repo && `https://github.com/${settings.repo}/edit/${settings.branch}/${file}`;

/** A new GitHub issue from the "fout melden" form, prefilled with the page title and address; undefined without a repository. */
export function issueUrl(title: string, pageUrl: string, settings: RepoSettings = repoSettings()): string | undefined {
	if (!settings.repo) return undefined;
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
