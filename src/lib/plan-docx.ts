/**
 * A plan document (src/lib/plan.ts) as a Word file, made in the browser with
 * the `docx` library. The builder imports this module only when the reader
 * asks for a Word file, so the library never loads before that.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { PlanBlock } from './plan.ts';

/** Text with line breaks as one paragraph's runs. */
const runs = (text: string, bold = false) =>
	text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) }));

const cell = (text: string, bold = false) =>
	new TableCell({ children: [new Paragraph({ children: runs(text, bold) })] });

/** The Word document for a plan document. */
export function planDocx(blocks: readonly PlanBlock[]): Document {
	const title = blocks.find((block) => block.kind === 'title');
	const children = blocks.flatMap((block): (Paragraph | Table)[] => {
		switch (block.kind) {
			case 'title':
				return [new Paragraph({ text: block.text, heading: HeadingLevel.TITLE })];
			case 'heading':
				return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 })];
			case 'subheading':
				return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 })];
			case 'paragraph':
				return [new Paragraph({ children: runs(block.text) })];
			case 'list':
				return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
			case 'table':
				return [
					new Table({
						width: { size: 100, type: WidthType.PERCENTAGE },
						rows: [
							new TableRow({ tableHeader: true, children: block.head.map((text) => cell(text, true)) }),
							...block.rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
						],
					}),
				];
		}
	});
	return new Document({
		title: title?.kind === 'title' ? title.text : 'Implementatieplan',
		creator: 'Implementatiewiki',
		sections: [{ children }],
	});
}

/** The Word file for a plan document. */
export const planDocxBlob = (blocks: readonly PlanBlock[]): Promise<Blob> => Packer.toBlob(planDocx(blocks));
