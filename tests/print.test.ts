/**
 * Print: the built CSS hides navigation and writes link addresses out when
 * printing, and /handleiding/printen/ holds the whole handleiding with no
 * duplicate ids.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/lib/validation/load.ts';
import { page } from './site.ts';

const steps = loadContent('content')
	.entries.filter((e) => e.collection === 'stappen')
	.map(
		(e) =>
			e.data as {
				step: number;
				title: string;
				actions?: { title: string; text: string }[];
				pitfalls?: string[];
				keyPoints?: string[];
				questions?: string[];
			},
	);

describe('print', () => {
	it('ships a print stylesheet that hides navigation and prints link addresses', () => {
		const css = readdirSync('dist/_astro')
			.filter((f) => f.endsWith('.css'))
			.map((f) => readFileSync(`dist/_astro/${f}`, 'utf8'))
			.join('\n');
		const print = css.slice(css.indexOf('@media print'));
		expect(print).toContain('@media print');
		expect(print).toMatch(/\.site-header nav[^{]*\{[^}]*display:\s*none/);
		expect(print).toContain('attr(href)');
		expect(print).toMatch(/break-inside:\s*avoid/);
	});

	it('links the printable handleiding from /handleiding/', () => {
		expect(page('/handleiding/').querySelector('a[href="/handleiding/printen/"]')).not.toBeNull();
	});

	it('puts the overview and all six steps, with actions, aandachtspunten, questions and pitfalls, on /handleiding/printen/', () => {
		const html = page('/handleiding/printen/');
		const sections = html.querySelectorAll('section.print-break');
		expect(sections).toHaveLength(6);
		for (const step of steps) {
			const section = html.querySelector(`#stap-${step.step}`)?.parentNode;
			expect(section?.querySelector('h2')?.textContent).toContain(step.title);
			for (const text of [
				...(step.actions ?? []).flatMap((action) => [action.title, action.text]),
				...(step.keyPoints ?? []),
				...(step.questions ?? []),
				...(step.pitfalls ?? []),
			]) {
				expect(section?.textContent, `step ${step.step}`).toContain(text.trim());
			}
		}
		const ids = html.querySelectorAll('[id]').map((el) => el.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});
});
