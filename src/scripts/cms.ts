/**
 * Starts Decap CMS on /admin/ (only what the site uses: src/scripts/decap.ts).
 * The config is generated at build time from the schemas and embedded as JSON
 * (`#cms-config`), with an index of all entries for the checks before saving
 * (`#cms-index`, src/scripts/cms-checks.ts). On localhost the page switches to
 * the local backend (decap-server, port 8081 or `?backend=<port>`): with
 * `npm run cms` entries go through the editorial workflow on a CMS clone;
 * decap-server in fs mode writes straight to `content/`.
 *
 * Inside a frame the CMS does not start: another site could lay the editor
 * under its own page and trick an editor into clicking (clickjacking). Hosts
 * that read `public/_headers` also refuse the frame (`frame-ancestors`);
 * GitHub Pages sends no such header, so this check is what holds there.
 */
import CMS from './decap.ts';
import type { CmsConfig as DecapConfig } from 'decap-cms-core';
import type { CmsConfig } from '../lib/cms/config.ts';
import type { IndexEntry } from '../lib/cms/check.ts';
import { forLocation, unavailableReason } from '../lib/cms/local.ts';
import { registerChecks } from './cms-checks.ts';
import { registerDutch, translateLeftovers } from './cms-locale.ts';
import { registerPreviews } from './cms-previews.ts';

/** True when this window is framed by another page (a cross-origin top cannot even be compared safely). */
export function isFramed(win: Window = window): boolean {
	try {
		return win.top !== win.self;
	} catch {
		return true;
	}
}

/** Replaces the page with a link that opens the CMS in a window of its own. */
function refuseFrame(): void {
	const message = document.createElement('p');
	message.dataset['framed'] = '';
	message.append('Het beheer van de Implementatiewiki werkt niet binnen een andere website. ');
	const link = document.createElement('a');
	link.href = window.location.href;
	link.target = '_blank';
	link.rel = 'noopener';
	link.textContent = 'Open het beheer in een eigen venster.';
	message.append(link);
	document.body.replaceChildren(message);
}

export function startCms(): void {
	if (isFramed()) return refuseFrame();
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
	registerDutch(CMS);
	translateLeftovers();
	registerChecks(CMS, JSON.parse(document.getElementById('cms-index')?.textContent ?? '[]') as IndexEntry[]);
	// Our config type is the documented subset of Decap's that we use.
	CMS.init({ config: config as unknown as DecapConfig });
}
