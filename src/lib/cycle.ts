/**
 * Geometry of the handleiding's cycle diagram: the steps on a circle, with an
 * arrow from each step to the next and from the last back to the first,
 * because implementation goes round and back and forth.
 */
import { wrapLabel } from './charts.ts';

export interface CycleNode {
	step: number;
	title: string;
	x: number;
	y: number;
	/** Label position, outside the circle. */
	labelX: number;
	labelY: number;
	anchor: 'start' | 'middle' | 'end';
	lines: string[];
}

export interface CycleLayout {
	size: number;
	/** Room left and right of the circle for the labels. */
	pad: number;
	radius: number;
	nodeRadius: number;
	nodes: CycleNode[];
	/** SVG path data of the arrows between consecutive nodes. */
	arrows: string[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Places `steps` clockwise on a circle, starting at the top. */
export function layoutCycle(steps: readonly { step: number; title: string }[], size = 560): CycleLayout {
	const center = size / 2;
	const radius = size * 0.3;
	const nodeRadius = 26;
	const count = steps.length;
	const angleOf = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / count;
	const nodes = steps.map((s, i): CycleNode => {
		const angle = angleOf(i);
		const cos = Math.cos(angle);
		const sin = Math.sin(angle);
		const labelDistance = radius + nodeRadius + 14;
		const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
		const lines = wrapLabel(s.title, 20);
		return {
			step: s.step,
			title: s.title,
			x: round(center + radius * cos),
			y: round(center + radius * sin),
			labelX: round(center + labelDistance * cos),
			// Labels above the circle grow upwards, others downwards.
			labelY: round(center + labelDistance * sin + (sin < -0.5 ? -(lines.length - 1) * 16 : sin > 0.5 ? 10 : 4)),
			anchor,
			lines,
		};
	});
	// Arcs along the circle, trimmed so they start and end at the node edges.
	const trim = (nodeRadius + 6) / radius;
	const arrows = nodes.map((_, i) => {
		const from = angleOf(i) + trim;
		const to = angleOf(i + 1) - trim;
		const point = (a: number) => `${round(center + radius * Math.cos(a))} ${round(center + radius * Math.sin(a))}`;
		return `M ${point(from)} A ${radius} ${radius} 0 0 1 ${point(to)}`;
	});
	return { size, pad: 130, radius, nodeRadius, nodes, arrows };
}
