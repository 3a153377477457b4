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
 * The default repository is a placeholder: set `CMS_REPO` (GitHub Actions sets
 * `GITHUB_REPOSITORY` on its own) so the links point at the real repository.
 */

export interface RepoSettings {
	/** GitHub `owner/name`. */
	repo: string;
	/** Branch that content is merged into. */
	branch: string;
	/** Public address of the site, without a trailing slash. */
	siteUrl: string;
}

type Env = Record<string, string | undefined>;

export const DEFAULT_REPO = 'implementatiewiki/implementatiewiki';
export const DEFAULT_BRANCH = 'main';
export const DEFAULT_SITE_URL = 'https://implementatiewiki.nl';

/** Reads the settings from the environment (`process.env` unless given). */
export function repoSettings(env: Env = process.env): RepoSettings {
	const pick = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined);
	return {
		repo: pick(env['CMS_REPO']) ?? pick(env['GITHUB_REPOSITORY']) ?? DEFAULT_REPO,
		branch: pick(env['CMS_BRANCH']) ?? DEFAULT_BRANCH,
		siteUrl: (pick(env['SITE_URL']) ?? DEFAULT_SITE_URL).replace(/\/+$/, ''),
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
