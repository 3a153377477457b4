/** The CMS is bundled apart from the site (src/integrations/cms-bundle.ts) and only /admin/ loads it. */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import cmsBundle, { bundleCmsInChild } from '../src/integrations/cms-bundle.ts';
import { cmsConfig, type CmsField } from '../src/lib/cms/config.ts';
import { CMS_BUNDLE } from '../src/lib/cms/paths.ts';
import { repoSettings } from '../src/lib/repo.ts';
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
		for (const f of scripts)
			expect(readFileSync(join(DIST, '_astro', f), 'utf8')).not.toContain('registerPreviewTemplate');
		// The plan builder (/mijn-plan/ and its Word export) is large on purpose and loads on that page alone.
		const builder = /^(mijn-plan\.astro_|plan-docx\.)/;
		expect(scripts.filter((f) => builder.test(f))).toHaveLength(2);
		const bytes = scripts
			.filter((f) => !builder.test(f))
			.reduce((sum, f) => sum + statSync(join(DIST, '_astro', f)).size, 0);
		expect(bytes).toBeLessThan(100 * 1024);
		const loadingIt = builtPages().filter((url) => page(url).querySelector(`script[src="${CMS_BUNDLE}"]`));
		expect(loadingIt).toEqual(['/admin/']);
	});
});

describe('Decap with only what the site uses (src/scripts/decap.ts)', () => {
	const source = readFileSync('src/scripts/decap.ts', 'utf8');
	const registered = [...source.matchAll(/from 'decap-cms-widget-([a-z]+)'/g)].map((m) => m[1]);
	const used = (fields: readonly CmsField[]): string[] =>
		fields.flatMap((f) => [f.widget, ...used(f.fields ?? []), ...(f.field ? used([f.field]) : [])]);

	it('registers every widget the generated config uses, and no other', () => {
		const widgets = new Set(cmsConfig({ settings: repoSettings({}) }).collections.flatMap((c) => used(c.fields)));
		// `object` too: the list widget edits each item of a list with fields as an object.
		expect(registered.sort()).toEqual([...new Set([...widgets, 'object'])].sort());
	});

	it('registers the GitHub backend and the proxy backend that local_backend uses', () => {
		expect(source).toContain("CMS.registerBackend('github', GitHubBackend);");
		expect(source).toContain("CMS.registerBackend('proxy', ProxyBackend);");
	});
});

describe('CMS bundle in a child process', () => {
	const script = (code: string) => {
		const file = join(mkdtempSync(join(tmpdir(), 'iw-cms-child-')), 'child.mjs');
		writeFileSync(file, code);
		return pathToFileURL(file);
	};

	it('resolves with what the child writes to stdout, and passes it the project root', async () => {
		const bytes = await bundleCmsInChild(
			new URL('file:///project/'),
			script('process.stdout.write(`bundle for ${process.argv[2]}`);'),
		);
		expect(Buffer.from(bytes).toString()).toBe('bundle for file:///project/');
	});

	it('fails the build with a message when the child fails', async () => {
		await expect(bundleCmsInChild(new URL('file:///project/'), script('process.exit(3);'))).rejects.toThrow(
			'cms-bundle: bundling the CMS failed (exit 3); see the error above',
		);
	});

	it('bundles the real CMS entry in the child', async () => {
		const bytes = Buffer.from(await bundleCmsInChild(new URL('../', import.meta.url))).toString();
		expect(bytes.length).toBeGreaterThan(1_000_000);
		expect(bytes).toContain('registerPreviewTemplate');
	}, 60_000);
});

describe('CMS bundle integration', () => {
	type Hook = (options: Record<string, unknown>) => Promise<void> | void;
	const hooksOf = () => cmsBundle().hooks as Record<string, Hook>;

	it('bundles only for astro build, starting at config setup', async () => {
		const dir = new URL(`${pathToFileURL(mkdtempSync(join(tmpdir(), 'iw-cms-out-'))).href}/`);
		const logged: string[] = [];
		const logger = { info: (message: string) => logged.push(message) };
		const dev = hooksOf();
		await dev['astro:config:setup']?.({ command: 'dev', config: { root: new URL('../', import.meta.url) } });
		await dev['astro:build:done']?.({ dir, logger });
		expect(logged).toEqual([]);

		const build = hooksOf();
		await build['astro:config:setup']?.({ command: 'build', config: { root: new URL('../', import.meta.url) } });
		await build['astro:build:done']?.({ dir, logger });
		expect(logged).toEqual([expect.stringMatching(/^\/admin\/cms\.js \(\d+\.\d MB\)$/)]);
		expect(statSync(new URL('admin/cms.js', dir)).size).toBeGreaterThan(1_000_000);
	}, 60_000);
});
