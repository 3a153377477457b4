/** Helpers shared by the checks on the Markdown/MDX body of an entry. */
import type { Node } from 'unist';

/** " (line 3 of the text)", counted from the line after the frontmatter; empty without a line. */
export const atLine = (line: number | undefined): string => (line ? ` (line ${line} of the text)` : '');

/** Where a node is, for messages. */
export const whereIs = (node: Node): string => atLine(node.position?.start.line);
