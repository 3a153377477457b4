/**
 * The Content-Security-Policy: `public/_headers` carries exactly the policy of
 * `src/lib/csp.ts`, with no unsafe-inline for scripts, and every built page
 * has it as a `<meta>` tag (the browser sweep checks it is never violated).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyHeader, scriptResources } from '../src/lib/csp.ts';
import { builtPages, page } from './site.ts';

const headers = readFileSync('public/_headers', 'utf8');

describe('Content-Security-Policy', () => {
	it('is the same in public/_headers as in src/lib/csp.ts', () => {
		expect(headers).toContain(`  Content-Security-Policy: ${policyHeader()}\n`);
	});

	it('allows no inline scripts', () => {
		expect(scriptResources).toContain("'self'");
		expect(policyHeader()).not.toMatch(/script-src[^;]*unsafe-inline/);
	});

	it('ships the usual security headers', () => {
		for (const name of [
			'X-Content-Type-Options: nosniff',
			'Referrer-Policy:',
			'X-Frame-Options: DENY',
			'Permissions-Policy:',
			'Strict-Transport-Security:',
		]) {
			expect(headers).toContain(name);
		}
	});

	it('is on every built page but the CMS, with its script-src starting at self', () => {
		// /admin/ has its own policy, tested below.
		for (const url of builtPages().filter((u) => !u.startsWith('/admin/'))) {
			const policy =
				page(url).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
			expect(policy, url).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
			expect(policy, url).toContain("object-src 'none'");
		}
	});
});

describe('the /admin/ policy', () => {
	it('is in public/_headers for /admin/*, with its own frame-ancestors, and in the built CMS page', async () => {
		const { adminPolicy, adminPolicyHeader } = await import('../src/lib/csp.ts');
		expect(headers).toContain(
			`/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${adminPolicyHeader()}\n`,
		);
		expect(adminPolicyHeader()).toMatch(/; frame-ancestors 'none'$/);
		// A meta tag cannot carry frame-ancestors; the CMS page checks for a frame itself.
		expect(adminPolicy()).not.toContain('frame-ancestors');
		const html = readFileSync('dist/admin/index.html', 'utf8');
		expect(html).toContain(`<meta http-equiv="content-security-policy" content="${adminPolicy()}">`);
		expect(adminPolicy()).toContain("script-src 'self' 'unsafe-eval';");
	});
	it('refuses a page without a policy to replace', async () => {
		const { withAdminPolicy } = await import('../src/lib/csp.ts');
		expect(() => withAdminPolicy('<html></html>')).toThrow('dist/admin/index.html has no CSP meta tag to replace');
	});
});
