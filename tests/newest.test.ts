/** "Nieuw en bijgewerkt" on the home page: by the last change, one entry per title, or not at all. */
import { describe, expect, it } from 'vitest';
import { newest } from '../src/lib/newest.ts';
import { page } from './site.ts';

const at = (day: string) => new Date(`${day}T12:00:00Z`);
const compare = (a: string, b: string) => a.localeCompare(b, 'nl');

describe('newest', () => {
	it('puts the last changed first and shows a title once', () => {
		const list = newest(
			[
				{ item: 'begrip', title: 'Actieonderzoek', date: at('2026-01-02') },
				{ item: 'tool', title: 'Actieonderzoek', date: at('2026-03-01') },
				{ item: 'b', title: 'Borging', date: at('2026-02-01') },
				{ item: 'c', title: 'Coaching', date: undefined },
			],
			6,
			compare,
		);
		expect(list.map((entry) => entry.item)).toEqual(['tool', 'b']);
	});

	it('stops at the count', () => {
		const items = ['A', 'B', 'C', 'D'].map((title, i) => ({ item: title, title, date: at(`2026-01-0${i + 1}`) }));
		expect(newest(items, 2, compare).map((entry) => entry.title)).toEqual(['D', 'C']);
	});

	it('is empty when the dates cannot tell the entries apart', () => {
		const same = ['A', 'B'].map((title) => ({ item: title, title, date: at('2026-12-05') }));
		expect(newest(same, 6, compare)).toEqual([]);
		expect(newest([{ item: 'A', title: 'A', date: undefined }], 6, compare)).toEqual([]);
	});
});

describe('home page', () => {
	it('has ways in by task, and lists no title twice under "Nieuw en bijgewerkt"', () => {
		const home = page('/');
		const tasks = home.querySelectorAll('.tasks a').map((a) => a.textContent.trim());
		expect(tasks).toEqual([
			'een implementatie voorbereiden',
			'de huidige praktijk en doelgroep analyseren',
			'een strategie kiezen',
			'een plan maken',
			'evalueren en borgen',
			'een begrip opzoeken',
		]);
		const titles = home.querySelectorAll('.newest a').map((a) => a.textContent.trim());
		expect(new Set(titles).size).toBe(titles.length);
		const days = home.querySelectorAll('.newest time').map((t) => t.getAttribute('datetime') ?? '');
		expect(days).toEqual([...days].sort().reverse());
	});
});
