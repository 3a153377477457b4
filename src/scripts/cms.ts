/**
 * Starts Decap CMS on /admin/. The config is generated at build time from the
 * schemas and embedded as JSON (`#cms-config`); on localhost the page switches
 * to the local backend (decap-server), which writes straight to `content/`
 * without the editorial workflow. `?backend=<port>` points it at a
 * decap-server on another port than 8081.
 */
import CMS from 'decap-cms-app';
import type { CmsConfig as DecapConfig } from 'decap-cms-core';
import type { CmsConfig } from '../lib/cms/config.ts';
import { registerPreviews } from './cms-previews.ts';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The config for this page: the embedded one, made local on localhost. */
export function pageConfig(embedded: CmsConfig, location: Pick<Location, 'hostname' | 'search'>): CmsConfig {
	if (!LOCAL_HOSTS.has(location.hostname)) return embedded;
	const port = new URLSearchParams(location.search).get('backend');
	const { publish_mode: _workflow, ...rest } = embedded;
	return {
		...rest,
		local_backend:
			port && /^\d{2,5}$/.test(port)
				? { url: `http://${location.hostname}:${port}/api/v1` }
				: { url: `http://${location.hostname}:8081/api/v1` },
	};
}

export function startCms(): void {
	const embedded = JSON.parse(document.getElementById('cms-config')?.textContent ?? '{}') as CmsConfig;
	registerPreviews(CMS);
	// Our config type is the documented subset of Decap's that we use.
	CMS.init({ config: pageConfig(embedded, window.location) as unknown as DecapConfig });
}
