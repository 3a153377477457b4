/**
 * One full garbage collection between the content sync and the bundling
 * (src/integrations/gc-after-sync.ts), when the build exposes `gc`.
 */
import { afterEach, expect, inject, it, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import gcAfterSync from '../src/integrations/gc-after-sync.ts';

type BuildStart = (options: { logger: AstroIntegrationLogger }) => void;

function runHook(): string[] {
	const messages: string[] = [];
	const logger = { info: (message: string) => messages.push(message) } as unknown as AstroIntegrationLogger;
	(gcAfterSync().hooks['astro:build:start'] as BuildStart)({ logger });
	return messages;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

it('collects once when the process exposes gc, and says how long it took', () => {
	const gc = vi.fn();
	vi.stubGlobal('gc', gc);
	const messages = runHook();
	expect(gc).toHaveBeenCalledTimes(1);
	expect(messages).toEqual([expect.stringMatching(/^collected the content sync's garbage in \d+ ms$/)]);
});

it('does nothing when gc is not exposed (astro build started without scripts/build.ts)', () => {
	vi.stubGlobal('gc', undefined);
	expect(runHook()).toEqual([]);
});

// SKIP_BUILD=1 reuses an earlier dist/, so there is no build log to read.
it.skipIf(process.env['SKIP_BUILD'] === '1')(
	'runs in the real build, which npm run build starts with --expose-gc',
	() => {
		expect(inject('buildLog')).toMatch(
			/\[implementatiewiki:gc-after-sync\] collected the content sync's garbage in \d+ ms/,
		);
	},
);
