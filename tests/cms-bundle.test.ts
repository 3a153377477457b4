/** The CMS is bundled apart from the site (src/integrations/cms-bundle.ts) and only /admin/ loads it. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CMS_BUNDLE } from '../src/lib/cms/paths.ts';
import { builtPages, DIST, page } from './site.ts';

describe('CMS bundle', () => {
	it('is written to /admin/cms.js and loaded by /admin/', () => {
		expect(page('/admin/').querySelector('script[type="module"]')?.getAttribute('src')).toBe(CMS_BUNDLE);
		const bundle = readFileSync(join(DIST, CMS_BUNDLE), 'utf8');
		expect(bundle.length).toBeGreaterThan(1_000_000);
		// The whole Decap app, with our preview templates and the site CSS inlined.
		expect(bundle).toContain('registerPreviewTemplate');
		expect(bundle).toContain('--color-');
	});

	it('keeps the CMS out of the scripts reader pages load', () => {
		const scripts = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
		const bytes = scripts.reduce((sum, f) => sum + statSync(join(DIST, '_astro', f)).size, 0);
		expect(bytes).toBeLessThan(100 * 1024);
		const loadingIt = builtPages().filter((url) => page(url).querySelector(`script[src="${CMS_BUNDLE}"]`));
		expect(loadingIt).toEqual(['/admin/']);
	});
});
