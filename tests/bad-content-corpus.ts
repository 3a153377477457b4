/**
 * The bad-content corpus, shared by tests/bad-content.test.ts (what `npm run
 * validate` says) and tests/bad-content-build.test.ts (what the build would
 * have suffered). Every folder in `tests/fixtures/bad-content/` is one case,
 * laid over the valid fixture content; its `case.json` holds:
 * - `about`: what the case is;
 * - `expect`: the exact lines `npm run validate` prints (the content folder
 *   shown as `content`); empty when the input is accepted safely;
 * - `build`: for a rejected case, what the build would suffer without the
 *   validator (see tests/bad-content-build.test.ts for each kind);
 * - optional `remove` (files to delete first), `generate` (a large file made
 *   here, not committed) and `links` (symlinks made here, from a path in the
 *   content folder to a file in the case's `_outside/` folder, which is copied
 *   outside the content folder).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyFixtureContent } from './helpers.ts';

export const CORPUS = 'tests/fixtures/bad-content';

export interface Case {
	name: string;
	about: string;
	expect: string[];
	build?: string;
	remove?: string[];
	generate?: { file: string; megabytes: number };
	links?: Record<string, string>;
}

export const cases: Case[] = readdirSync(CORPUS, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => ({
		name: d.name,
		...(JSON.parse(readFileSync(join(CORPUS, d.name, 'case.json'), 'utf8')) as Omit<Case, 'name'>),
	}));

/** The files a case adds to the content folder (paths inside it), generated and linked ones included. */
export function caseFiles(spec: Case): string[] {
	const own = join(CORPUS, spec.name);
	const files: string[] = [];
	const walk = (dir: string, rel: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = rel ? `${rel}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(join(dir, entry.name), path);
			else if (path !== 'case.json') files.push(path);
		}
	};
	walk(own, '');
	return [
		...files.filter((f) => !f.startsWith('_outside/')),
		...Object.keys(spec.links ?? {}),
		...(spec.generate ? [spec.generate.file] : []),
	];
}

/** Lays a case over `dir` (a copy of the fixture content); returns a cleanup for what it put outside. */
export function overlayCase(spec: Case, dir: string): () => void {
	for (const file of spec.remove ?? []) rmSync(join(dir, file));
	const own = join(CORPUS, spec.name);
	cpSync(own, dir, {
		recursive: true,
		filter: (src) => !src.endsWith('case.json') && !src.startsWith(join(own, '_outside')),
	});
	let outside: string | undefined;
	if (spec.links) {
		outside = mkdtempSync(join(tmpdir(), 'iw-outside-'));
		cpSync(join(own, '_outside'), outside, { recursive: true });
		for (const [link, target] of Object.entries(spec.links)) symlinkSync(join(outside, target), join(dir, link));
	}
	if (spec.generate) {
		const { file, megabytes } = spec.generate;
		const line = 'Een regel tekst die uit een pdf is geplakt, vele malen herhaald.\n';
		const body = line.repeat(Math.ceil((megabytes * 1024 * 1024) / line.length));
		writeFileSync(
			join(dir, file),
			`---\nterm: Groot\ndefinition: x\nsources:\n  - title: Bron\nreviewed: 2026-11-23\n---\n${body}`,
		);
	}
	return () => {
		if (outside) rmSync(outside, { recursive: true, force: true });
	};
}

/** The valid fixture content with one case applied, and a cleanup for both. */
export function applyCase(spec: Case) {
	const c = copyFixtureContent();
	const cleanOutside = overlayCase(spec, c.dir);
	return {
		...c,
		cleanup: () => {
			c.cleanup();
			cleanOutside();
		},
	};
}
