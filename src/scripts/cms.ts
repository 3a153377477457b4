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
import { forLocation, unavailableReason } from '../lib/cms/local.ts';
import { registerPreviews } from './cms-previews.ts';

export function startCms(): void {
	const embedded = JSON.parse(document.getElementById('cms-config')?.textContent ?? '{}') as CmsConfig;
	const config = forLocation(embedded, window.location);
	const reason = unavailableReason(config);
	if (reason) {
		const message = document.createElement('p');
		message.setAttribute('role', 'alert');
		message.textContent = reason;
		document.body.append(message);
		return;
	}
	registerPreviews(CMS);
	// Our config type is the documented subset of Decap's that we use.
	CMS.init({ config: config as unknown as DecapConfig });
}
