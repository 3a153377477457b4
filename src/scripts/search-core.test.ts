/** The search boxes' scheduler (the newest query runs next, stale ones resolve to null) and their results in rank order. */
import { describe, expect, it } from 'vitest';
import { inRankOrder, latestOnly, WARM_UP_SEARCHES, warmUp } from './search-core.ts';

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

/** Results that arrive only when the test says so. */
function pendingResults(count: number) {
	const arrive: ((value: string) => void)[] = [];
	const fail: ((error: Error) => void)[] = [];
	const results = Array.from(
		{ length: count },
		(_, i) =>
			new Promise<string>((resolve, reject) => {
				arrive[i] = resolve;
				fail[i] = reject;
			}),
	);
	return {
		results,
		arrive: (i: number) => arrive[i]?.(`result ${i}`),
		fail: (i: number) => fail[i]?.(new Error(`result ${i} failed`)),
	};
}

describe('inRankOrder', () => {
	it('shows the top result as soon as it arrives, without waiting for the rest', async () => {
		const { results, arrive } = pendingResults(3);
		const shown: string[] = [];
		const done = inRankOrder(
			results,
			(result) => shown.push(result),
			() => true,
		);
		arrive(0);
		await tick();
		expect(shown).toEqual(['result 0']);
		arrive(1);
		arrive(2);
		await expect(done).resolves.toBe(true);
		expect(shown).toEqual(['result 0', 'result 1', 'result 2']);
	});

	it('keeps the rank order when later results arrive first', async () => {
		const { results, arrive } = pendingResults(3);
		const shown: [string, number][] = [];
		const done = inRankOrder(
			results,
			(result, index) => shown.push([result, index]),
			() => true,
		);
		arrive(2);
		arrive(1);
		await tick();
		expect(shown).toEqual([]);
		arrive(0);
		await done;
		expect(shown).toEqual([
			['result 0', 0],
			['result 1', 1],
			['result 2', 2],
		]);
	});

	it('stops, and resolves to false, once a newer search takes over', async () => {
		const { results, arrive } = pendingResults(3);
		const shown: string[] = [];
		let current = true;
		const done = inRankOrder(
			results,
			(result) => shown.push(result),
			() => current,
		);
		arrive(0);
		await tick();
		current = false;
		arrive(1);
		arrive(2);
		await expect(done).resolves.toBe(false);
		expect(shown).toEqual(['result 0']);
	});

	it('rejects when a result fails to load', async () => {
		const { results, arrive, fail } = pendingResults(2);
		const done = inRankOrder(
			results,
			() => undefined,
			() => true,
		);
		arrive(0);
		fail(1);
		await expect(done).rejects.toThrow('result 1 failed');
	});
});

describe('warmUp', () => {
	const fakeApi = (fail = false) => {
		const searched: string[] = [];
		return {
			searched,
			api: {
				search: async (term: string | null) => {
					searched.push(term ?? '');
					if (fail) throw new Error('Pagefind did not load');
					return { results: [], filters: {}, totalFilters: {} };
				},
			},
		};
	};

	it('searches the warm-up word WARM_UP_SEARCHES times, one after the other', async () => {
		const { api, searched } = fakeApi();
		expect(WARM_UP_SEARCHES).toBe(5);
		await expect(warmUp(api, 'zorgvernieuw', () => false)).resolves.toBe(5);
		expect(searched).toEqual(Array(5).fill('zorgvernieuw'));
	});

	it('stops before the next search once the visitor types', async () => {
		const { api, searched } = fakeApi();
		await expect(warmUp(api, 'zorgvernieuw', () => searched.length >= 2)).resolves.toBe(2);
		await expect(warmUp(api, 'zorgvernieuw', () => true)).resolves.toBe(0);
		expect(searched).toHaveLength(2);
	});

	it('does nothing without a word, and ends quietly when Pagefind fails', async () => {
		const { api, searched } = fakeApi(true);
		await expect(warmUp(api, undefined, () => false)).resolves.toBe(0);
		expect(searched).toEqual([]);
		await expect(warmUp(api, 'zorgvernieuw', () => false)).resolves.toBe(0);
		expect(searched).toEqual(['zorgvernieuw']);
	});
});
