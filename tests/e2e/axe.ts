/** Runs axe-core (from node_modules, never a CDN) in the page and returns its violations as short lines. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated over the DevTools protocol, so the page's CSP (no inline scripts) does not block it.
	await page.evaluate(AXE);
	return page.evaluate(async () => {
		type Result = { violations: { id: string; nodes: { target: unknown }[] }[] };
		const axe = (window as unknown as { axe: { run(): Promise<Result> } }).axe;
		const result = await axe.run();
		return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
	});
}

/** The violations with each element's opening HTML, to tell elements apart that share a short selector. */
export async function axeViolationNodes(page: Page): Promise<{ rule: string; html: string }[]> {
	await page.evaluate(AXE);
	return page.evaluate(async () => {
		type Result = { violations: { id: string; nodes: { html: string }[] }[] };
		const axe = (window as unknown as { axe: { run(): Promise<Result> } }).axe;
		const result = await axe.run();
		return result.violations.flatMap((v) => v.nodes.map((n) => ({ rule: v.id, html: n.html })));
	});
}
