/**
 * Astro's closing rehype-raw, as the render workers run it: skipped only for
 * trees that never held raw HTML. That the hook catches Astro's import is a
 * canary in tests/astro-canaries.test.ts.
 */
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import rehypeRawWhenNeeded, { RAW_FREE, resolveRehypeRaw } from '../../src/markdown/rehype-raw-when-needed.ts';

const paragraph = (): Root => ({
	type: 'root',
	children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'tekst' }] }],
});
const rawFree = () => new VFile({ data: { [RAW_FREE]: true } });

describe('rehypeRawWhenNeeded', () => {
	it('leaves a tree alone when rehype-safe-html marked it raw-free', () => {
		const tree = paragraph();
		expect(rehypeRawWhenNeeded()(tree, rawFree())).toBeUndefined();
	});

	it('turns true on a non-boolean attribute into an empty string, as parse5 would, and leaves booleans', () => {
		const tree = paragraph();
		const [p] = tree.children;
		if (p?.type === 'element')
			p.properties = { dataFootnoteRef: true, dataFootnotes: true, hidden: true, download: true };
		rehypeRawWhenNeeded()(tree, rawFree());
		expect(p?.type === 'element' && p.properties).toEqual({
			dataFootnoteRef: '',
			dataFootnotes: '',
			hidden: true,
			download: true,
		});
	});

	it('parses raw HTML that turns up after the mark anyway', () => {
		const tree: Root = { type: 'root', children: [{ type: 'raw', value: '<b>vet</b>' }] };
		const out = rehypeRawWhenNeeded()(tree, rawFree());
		expect(out?.children[0]).toMatchObject({ type: 'element', tagName: 'b' });
	});

	it('runs parse5 on an unmarked tree, which repairs a table inside a paragraph', () => {
		const tree: Root = {
			type: 'root',
			children: [
				{
					type: 'element',
					tagName: 'p',
					properties: {},
					children: [{ type: 'element', tagName: 'table', properties: {}, children: [] }],
				},
			],
		};
		const out = rehypeRawWhenNeeded()(tree, new VFile());
		expect(out?.children.map((node) => (node.type === 'element' ? node.tagName : node.type))).toEqual([
			'p',
			'table',
			'p',
		]);
	});
});

describe('resolveRehypeRaw', () => {
	const next = (specifier: string) => ({ url: `resolved:${specifier}` });
	const resolve = (specifier: string, parentURL: string) =>
		resolveRehypeRaw(specifier, { parentURL, conditions: [], importAttributes: {} }, next as never);

	it("gives Astro's Markdown processor this module for rehype-raw", () => {
		const url = resolve('rehype-raw', 'file:///site/node_modules/@astrojs/markdown-remark/dist/index.js');
		expect(url).toMatchObject({ url: expect.stringMatching(/rehype-raw-when-needed\.ts$/), shortCircuit: true });
	});

	it('resolves every other import as usual, ours of rehype-raw included', () => {
		expect(resolve('rehype-raw', 'file:///site/src/markdown/rehype-raw-when-needed.ts')).toEqual({
			url: 'resolved:rehype-raw',
		});
		expect(resolve('rehype-stringify', 'file:///site/node_modules/@astrojs/markdown-remark/dist/index.js')).toEqual({
			url: 'resolved:rehype-stringify',
		});
	});
});
