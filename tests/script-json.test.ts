/**
 * JSON embedded in a page (the CMS config on /admin/, JSON-LD) cannot close its
 * script element: a value with `</script>` stays data, and reads back unchanged.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import JsonLd from '../src/components/JsonLd.astro';
import AdminPage from '../src/pages/admin/index.astro';
import { scriptJson } from '../src/lib/script-json.ts';

const ATTACK = '</script><script>alert("cms")</script><!--';

afterEach(() => vi.unstubAllEnvs());

describe('JSON in a script element', () => {
	it('writes every < as \\u003c and reads back the same value', () => {
		const value = { branch: ATTACK, list: ['a<b', '<!-- x -->'] };
		const json = scriptJson(value);
		expect(json).not.toContain('<');
		expect(JSON.parse(json)).toEqual(value);
	});

	it('keeps a config value with </script> inside the config on /admin/', async () => {
		vi.stubEnv('CMS_BRANCH', ATTACK);
		const html = await (await AstroContainer.create()).renderToString(AdminPage);
		const root = parse(html);
		// Two data blocks (config, entry index) and the CMS script: nothing the value could have opened.
		expect(root.querySelectorAll('script').map((s) => s.id || s.getAttribute('src'))).toEqual([
			'cms-config',
			'cms-index',
			expect.any(String),
		]);
		expect(html).not.toContain('alert("cms")</script>');
		const config = JSON.parse(root.querySelector('#cms-config')?.textContent ?? '') as { backend: { branch: string } };
		expect(config.backend.branch).toBe(ATTACK);
	});

	it('keeps a JSON-LD value with </script> inside its block', async () => {
		const html = await (await AstroContainer.create()).renderToString(JsonLd, { props: { data: { name: ATTACK } } });
		const root = parse(html);
		expect(root.querySelectorAll('script')).toHaveLength(1);
		expect(JSON.parse(root.querySelector('script')?.textContent ?? '')).toEqual({
			'@context': 'https://schema.org',
			name: ATTACK,
		});
	});
});
