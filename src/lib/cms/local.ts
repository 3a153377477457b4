/**
 * Chooses the backend in the browser. Kept apart from config.ts so the
 * /admin/ bundle does not pull in the schemas.
 */
import type { CmsConfig } from './config.ts';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The config for the page at `location`: unchanged online; on localhost it
 * uses decap-server (port 8081, or `?backend=<port>`). The editorial workflow
 * stays: with `npm run cms` (git mode) entries go through cms/* branches; a
 * decap-server in fs mode answers that it only publishes directly, and Decap
 * then writes straight to the files.
 */
export function forLocation(config: CmsConfig, location: { hostname: string; search: string }): CmsConfig {
	if (!LOCAL_HOSTS.has(location.hostname)) return config;
	const requested = new URLSearchParams(location.search).get('backend');
	const port = requested && /^\d{2,5}$/.test(requested) ? requested : '8081';
	return { ...config, local_backend: { url: `http://${location.hostname}:${port}/api/v1` } };
}

/**
 * Why the CMS cannot start here, or undefined when it can: online, the GitHub
 * backend needs the repository the build was given (CMS_REPO); locally,
 * decap-server needs none.
 */
export function unavailableReason(config: CmsConfig): string | undefined {
	if (config.local_backend || config.backend.repo) return undefined;
	return 'Het beheer is op deze site niet ingesteld: de site is gebouwd zonder GitHub-repository (CMS_REPO). Lokaal werkt het beheer wel, met npm run cms.';
}
