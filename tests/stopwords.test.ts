import { describe, expect, it } from 'vitest';
import { isStopWord, STOP_WORDS } from '../src/lib/stopwords.ts';

describe('Dutch stop words', () => {
	it('holds function words and question words, in any case', () => {
		for (const word of ['de', 'een', 'hoe', 'Ik', 'WAAROM', 'welke', 'tussen'])
			expect(isStopWord(word), word).toBe(true);
	});

	it('leaves subject words alone', () => {
		for (const word of ['borging', 'implementatieplan', 'zorg', 'weerstand', 'plan'])
			expect(isStopWord(word), word).toBe(false);
		expect(STOP_WORDS.size).toBeGreaterThan(300);
	});
});
