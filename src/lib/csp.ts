/**
 * The Content-Security-Policy, in one place. Astro's `security.csp` renders it
 * as a `<meta>` tag on every page and adds hashes of any inline script or style
 * it emits; `public/_headers` carries the same policy as an HTTP header (a test
 * keeps the two equal). The build emits no inline scripts or styles
 * (`inlineStylesheets: 'never'`, `assetsInlineLimit: 0`), so `'self'` covers
 * everything and the header needs no per-page hashes.
 *
 * A page that needs more (the CMS at /admin/) can add sources for itself with
 * Astro's CSP runtime API (`Astro.csp.insertScriptResource()` and friends), and
 * its own block in `_headers`; the rest of the site keeps this policy.
 */

/** Sources for scripts: our own files, plus WebAssembly for Pagefind's search index. No 'unsafe-inline'. */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];

/** Sources for styles: our own files only. */
export const styleResources = ["'self'"];

/** Every other directive, valid in a `<meta>` tag. */
export const directives = [
	"default-src 'self'",
	// Pagefind's stylesheet draws its search icon as a data: image.
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"frame-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Directives a `<meta>` tag cannot carry; only the HTTP header has them. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The whole policy as one header value, as written in `public/_headers`. */
export const policyHeader = (): string =>
	[
		...directives,
		`script-src ${scriptResources.join(' ')}`,
		`style-src ${styleResources.join(' ')}`,
		...headerOnlyDirectives,
	].join('; ');

/**
 * The policy for the CMS at /admin/, the least Decap needs: its CSS-in-JS
 * injects `<style>` elements ('unsafe-inline' styles), it talks to the GitHub
 * API online and to decap-server on localhost when editing locally, and shows
 * media and previews from blob: and data: URLs. Its config validation (ajv)
 * compiles schemas with `new Function`, so scripts need 'unsafe-eval' here,
 * but never 'unsafe-inline'.
 * Astro's per-page CSP API cannot loosen styles (its hashes make browsers
 * ignore 'unsafe-inline'), so scripts/build.ts writes this policy into the
 * built /admin/ page instead, and `_headers` carries it for /admin/*.
 */
export const adminDirectives = [
	"default-src 'self'",
	"script-src 'self' 'unsafe-eval'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob: https:",
	"font-src 'self' data:",
	"connect-src 'self' https://api.github.com http://localhost:* http://127.0.0.1:*",
	"frame-src 'self' blob:",
	"worker-src 'self' blob:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** The /admin/ policy as a meta value. */
export const adminPolicy = (): string => adminDirectives.join('; ');

/**
 * The /admin/ policy as the HTTP header in `public/_headers`: the meta policy
 * plus `frame-ancestors 'none'`, since `_headers` drops the site-wide policy
 * (and its frame-ancestors) for /admin/*. Where no headers apply (GitHub
 * Pages), the CMS refuses to start inside a frame (src/scripts/cms.ts).
 */
export const adminPolicyHeader = (): string => [...adminDirectives, ...headerOnlyDirectives].join('; ');

/** Replaces the site-wide CSP meta tag in the built /admin/ page with the CMS policy. */
export function withAdminPolicy(html: string): string {
	const meta = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
	if (!meta.test(html)) throw new Error('dist/admin/index.html has no CSP meta tag to replace');
	return html.replace(meta, `<meta http-equiv="content-security-policy" content="${adminPolicy()}">`);
}
