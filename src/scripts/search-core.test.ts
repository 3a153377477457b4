/** The search boxes' scheduler: the newest query runs next, stale ones resolve to null. */
import { describe, expect, it } from 'vitest';
import { latestOnly } from './search-core.ts';

/** A searcher over a task whose calls finish only when the test says so, in any order. */
function controlledSearch() {
	const calls: { term: string; finish: (value?: string) => void; fail: (error: Error) => void }[] = [];
	const search = latestOnly(
		(term: string) =>
			new Promise<string>((resolve, reject) => {
				calls.push({ term, finish: (value) => resolve(value ?? `results for ${term}`), fail: reject });
			}),
	);
	return { calls, search };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestOnly', () => {
	it('runs a call at once when nothing else runs', async () => {
		const { calls, search } = controlledSearch();
		const first = search('borging');
		await tick();
		expect(calls.map((c) => c.term)).toEqual(['borging']);
		calls[0]?.finish();
		await expect(first).resolves.toBe('results for borging');
	});

	it('while one call runs, keeps only the newest waiting call and resolves the skipped ones to null', async () => {
		const { calls, search } = controlledSearch();
		const bo = search('bo');
		await tick();
		const bor = search('bor');
		const borg = search('borg');
		const borging = search('borging');
		await expect(bor).resolves.toBeNull();
		await expect(borg).resolves.toBeNull();
		// "bo" finished after newer calls came in: its results are stale.
		calls[0]?.finish();
		await expect(bo).resolves.toBeNull();
		await tick();
		expect(calls.map((c) => c.term)).toEqual(['bo', 'borging']);
		calls[1]?.finish();
		await expect(borging).resolves.toBe('results for borging');
	});

	it('runs again once idle, and passes on the error of a call nobody superseded', async () => {
		const { calls, search } = controlledSearch();
		const failing = search('borging');
		await tick();
		calls[0]?.fail(new Error('Pagefind did not load'));
		await expect(failing).rejects.toThrow('Pagefind did not load');
		const again = search('borging');
		await tick();
		calls[1]?.finish('found');
		await expect(again).resolves.toBe('found');
	});

	it('turns the error of a superseded call into null, since nobody shows it', async () => {
		const { calls, search } = controlledSearch();
		const stale = search('bo');
		await tick();
		const fresh = search('borging');
		calls[0]?.fail(new Error('network'));
		await expect(stale).resolves.toBeNull();
		await tick();
		calls[1]?.finish();
		await expect(fresh).resolves.toBe('results for borging');
	});

	it('catches a task that throws before it returns a promise', async () => {
		const search = latestOnly((term: string): Promise<string> => {
			throw new Error(`cannot search ${term}`);
		});
		await expect(search('x')).rejects.toThrow('cannot search x');
	});
});
