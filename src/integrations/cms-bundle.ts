/**
 * Astro integration: bundles Decap CMS for /admin/ with esbuild, outside
 * Astro's own Vite build, and writes it to `admin/cms.js` in the output.
 *
 * Why: the CMS is 3.5 MB of JavaScript that no reader page uses. Inside Astro's
 * client build it cost about 8 s and 0.8 GB of peak memory in every build (40 %
 * of a 1,000-page build). esbuild runs in its own process, so the bundle is
 * made on the second core while Astro syncs content and renders pages, and the
 * hundred CodeMirror chunks Decap brings no longer land in `_astro/`, where the
 * service worker precaches scripts for offline reading.
 *
 * The bundle is made in a child process of its own: esbuild keeps its service
 * process, about 0.4 GB after this bundle, until the Node process that started
 * it exits, which for Astro's would be after the last page is rendered, when
 * memory peaks. (Calling esbuild's stop() instead could cut off Vite and Astro,
 * which use the same esbuild while the bundle is made.)
 *
 * In `astro dev` the admin page loads `CMS_SOURCE` through Vite instead.
 */
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CMS_BUNDLE, CMS_SOURCE } from '../lib/cms/paths.ts';

/** `import css from './x.css?inline'` (a Vite feature): the stylesheet, @imports included, as a string. */
const inlineCss: Plugin = {
	name: 'inline-css',
	setup(builder) {
		builder.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
			path: fileURLToPath(new URL(args.path.replace(/\?inline$/, ''), `file://${args.resolveDir}/`)),
			namespace: 'inline-css',
		}));
		builder.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
			const css = await build({
				entryPoints: [args.path],
				bundle: true,
				minify: true,
				write: false,
				logLevel: 'silent',
			});
			return { contents: css.outputFiles[0]?.text ?? '', loader: 'text' };
		});
	},
};

/**
 * The schemas refuse a Dutch stop word as a glossary term (src/lib/stopwords.ts),
 * so the CMS checks need the Dutch list; stopwords-iso's JSON holds 57 languages
 * (0.3 MB). In the CMS bundle only `nl` is kept.
 */
const dutchStopWordsOnly: Plugin = {
	name: 'dutch-stop-words-only',
	setup(builder) {
		builder.onLoad({ filter: /stopwords-iso[\\/]stopwords-iso\.json$/ }, async (args) => {
			const lists = JSON.parse(await readFile(args.path, 'utf8')) as { nl: string[] };
			return { contents: JSON.stringify({ nl: lists.nl }), loader: 'json' };
		});
	},
};

/** Bundles the CMS entry into one minified ES module. */
export async function bundleCms(root: URL): Promise<Uint8Array> {
	const result = await build({
		entryPoints: [fileURLToPath(new URL(`.${CMS_SOURCE}`, root))],
		absWorkingDir: fileURLToPath(root),
		bundle: true,
		minify: true,
		format: 'esm',
		target: 'es2022',
		platform: 'browser',
		write: false,
		// Decap and its React dependencies read these Node globals.
		define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
		plugins: [inlineCss, dutchStopWordsOnly],
		logLevel: 'warning',
	});
	const file = result.outputFiles[0];
	if (!file) throw new Error('cms-bundle: esbuild produced no output');
	return file.contents;
}

/** Runs bundleCms in a child process (`script`, by default cms-bundle-child.ts); resolves with the bundle. */
export function bundleCmsInChild(
	root: URL,
	script = new URL('./cms-bundle-child.ts', import.meta.url),
): Promise<Uint8Array> {
	return new Promise((resolve, reject) => {
		// esbuild's warnings go straight to the build log.
		const child = spawn(process.execPath, [fileURLToPath(script), root.href], { stdio: ['ignore', 'pipe', 'inherit'] });
		const chunks: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0
				? resolve(Buffer.concat(chunks))
				: reject(new Error(`cms-bundle: bundling the CMS failed (exit ${code}); see the error above`)),
		);
	});
}

export default function cmsBundle(): AstroIntegration {
	let pending: Promise<Uint8Array> | undefined;
	return {
		name: 'implementatiewiki:cms-bundle',
		hooks: {
			// Started first and awaited last, so it overlaps the whole Astro build. Not at
			// astro:build:start: that is when the content sync has just written its store and
			// Vite bundles the pages, the build's memory peak (at 10,000 pages the bundle's
			// 0.45 GB landed on top of it).
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build') return;
				pending = bundleCmsInChild(config.root);
				// Rejections are reported in astro:build:done, not as unhandled.
				pending.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!pending) return;
				const bundle = await pending;
				const out = new URL(`.${CMS_BUNDLE}`, dir);
				mkdirSync(new URL('.', out), { recursive: true });
				writeFileSync(out, bundle);
				logger.info(`${CMS_BUNDLE} (${(bundle.length / 1024 / 1024).toFixed(1)} MB)`);
			},
		},
	};
}
