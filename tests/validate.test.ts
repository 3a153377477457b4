/**
 * `npm run validate` on whole content folders: the cross-entry checks and the
 * exact lines an editor sees. Each case starts from the valid fixture content
 * and breaks one thing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixtureContent, FIXTURE_CONTENT, run, validate } from './helpers.ts';

let current: ReturnType<typeof copyFixtureContent> | undefined;
const content = () => (current = copyFixtureContent());
afterEach(() => current?.cleanup());

/** Runs the validator and returns its problem lines, with the temp folder shown as `content`. */
function linesFor(dir: string) {
	const result = validate(dir);
	const lines = result.stderr
		.split('\n')
		.filter((line) => line.startsWith(dir))
		.map((line) => line.replace(dir, 'content'));
	return { status: result.status, lines, output: result.output };
}

const begrip = (fields: string) => `---
term: Opschaling
definition: Een werkwijze op meer plaatsen invoeren.
sources:
  - title: Handleiding Implementatie
reviewed: 2026-11-23
${fields}
---
Tekst.
`;

describe('npm run validate', () => {
	it('passes on valid content', () => {
		const result = validate(FIXTURE_CONTENT);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/14 entries in tests\/fixtures\/content\/ are valid/);
	});

	it('reports a dangling reference with a did-you-mean hint', () => {
		const c = content();
		c.write('begrippen/opschaling.md', begrip('related:\n  - implementatie\n  - borgin'));
		expect(linesFor(c.dir)).toMatchObject({
			status: 1,
			lines: ['content/begrippen/opschaling.md: related[1]: no begrip "borgin" (did you mean "borging"?)'],
		});
	});

	it('reports a reference to an entry of the wrong collection', () => {
		const c = content();
		c.write('begrippen/opschaling.md', begrip('steps:\n  - borging'));
		expect(linesFor(c.dir).lines).toEqual(['content/begrippen/opschaling.md: steps[0]: no stap "borging"']);
	});

	it('reports a self-reference', () => {
		const c = content();
		c.write('begrippen/opschaling.md', begrip('related:\n  - opschaling'));
		expect(linesFor(c.dir).lines).toEqual([
			'content/begrippen/opschaling.md: related[0]: an entry cannot refer to itself',
		]);
	});

	it('reports a reference to a draft', () => {
		const c = content();
		c.write('begrippen/opschaling.md', begrip('related:\n  - concept-begrip'));
		expect(linesFor(c.dir).lines).toEqual([
			'content/begrippen/opschaling.md: related[0]: begrip "concept-begrip" is a draft and will not be published; publish it or remove this reference',
		]);
	});

	it('reports a duplicate and a missing step', () => {
		const c = content();
		c.write(
			'stappen/strategieen.md',
			`---\nstep: 3\ntitle: Dubbel\nsummary: x\ngoal: x\nsources:\n  - title: Handleiding Implementatie\nreviewed: 2026-11-23\n---\n`,
		);
		const { status, lines } = linesFor(c.dir);
		expect(status).toBe(1);
		expect(lines).toEqual([
			'content/stappen/: step: step 4 is missing; the handleiding needs steps 1 to 6',
			`content/stappen/strategieen.md: step: duplicate step 3; ${c.dir}/stappen/doelgroep.md already has it`,
		]);
	});

	it('reports a missing step when its file is removed', () => {
		const c = content();
		c.remove('stappen/evalueren.md');
		// The fixture's borging refers to that step, so both problems show.
		expect(linesFor(c.dir).lines).toEqual([
			'content/begrippen/borging.md: steps[0]: no stap "evalueren"',
			'content/stappen/: step: step 6 is missing; the handleiding needs steps 1 to 6',
		]);
	});

	it('reports a wrong type', () => {
		const c = content();
		c.write('begrippen/opschaling.md', begrip('english: upscaling'));
		expect(linesFor(c.dir).lines).toEqual([
			'content/begrippen/opschaling.md: english: expected a list, got "upscaling"',
		]);
	});

	it('reports an unknown key with a hint', () => {
		const c = content();
		c.write('begrippen/opschaling.md', begrip('alias:\n  - opschalen'));
		expect(linesFor(c.dir).lines).toEqual([
			'content/begrippen/opschaling.md: alias: unknown key (did you mean "aliases"?); allowed keys are: term, aliases, english, definition, related, steps, sources, reviewed, draft, autolink',
		]);
	});

	it('reports a missing required field', () => {
		const c = content();
		c.write('begrippen/opschaling.md', '---\nterm: Opschaling\nsources:\n  - title: Bron\nreviewed: 2026-11-23\n---\n');
		expect(linesFor(c.dir).lines).toEqual(['content/begrippen/opschaling.md: definition: required field is missing']);
	});

	it('reports a bad date that YAML would silently roll over', () => {
		const c = content();
		c.write('begrippen/opschaling.md', begrip('').replace('2026-11-23', '2026-02-30'));
		expect(linesFor(c.dir).lines).toEqual(['content/begrippen/opschaling.md: reviewed: expected a date as YYYY-MM-DD']);
	});

	it('reports a YAML syntax error with its line', () => {
		const c = content();
		c.write('begrippen/opschaling.md', '---\nterm: Opschaling\naliases: [opschalen\ndefinition: x\n---\n');
		const { lines } = linesFor(c.dir);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^content\/begrippen\/opschaling\.md: YAML syntax error on line \d+: /);
	});

	it('reports tabs in YAML as a syntax error', () => {
		const c = content();
		c.write('begrippen/opschaling.md', '---\nterm: Opschaling\naliases:\n\t- opschalen\n---\n');
		expect(linesFor(c.dir).lines[0]).toMatch(/^content\/begrippen\/opschaling\.md: YAML syntax error on line 4: /);
	});

	it('reports a term that is already another entry alias', () => {
		const c = content();
		c.write('begrippen/opschaling.md', begrip('aliases:\n  - Geborgd'));
		expect(linesFor(c.dir).lines).toEqual([
			'content/begrippen/opschaling.md: aliases[0]: "Geborgd" is already the alias of content/begrippen/borging.md; terms and aliases must be unique'.replace(
				'content/begrippen/borging.md',
				`${c.dir}/begrippen/borging.md`,
			),
		]);
	});

	it('reports a duplicate term', () => {
		const c = content();
		c.write('begrippen/borging-kopie.md', begrip('').replace('term: Opschaling', 'term: borging'));
		expect(linesFor(c.dir).lines).toEqual([
			`content/begrippen/borging.md: term: "Borging" is already the term of ${c.dir}/begrippen/borging-kopie.md; terms and aliases must be unique`,
		]);
	});

	it('rejects a file name with capitals or spaces and suggests one', () => {
		const c = content();
		c.write('begrippen/Nieuw Begrip.md', begrip(''));
		expect(linesFor(c.dir).lines).toEqual([
			'content/begrippen/Nieuw Begrip.md: file name must use lowercase letters, digits and hyphens only; rename it to "nieuw-begrip.md"',
		]);
	});

	it('reports an empty file', () => {
		const c = content();
		c.write('begrippen/leeg.md', '');
		expect(linesFor(c.dir).lines).toEqual([
			'content/begrippen/leeg.md: file is empty; expected YAML frontmatter between two --- lines',
		]);
	});

	it('accepts a BOM and Windows line endings', () => {
		const c = content();
		c.write('begrippen/opschaling.md', `\uFEFF${begrip('').replace(/\n/g, '\r\n')}`);
		expect(validate(c.dir).status).toBe(0);
	});
});

describe('npm run build', () => {
	it('stops before building when content is invalid, naming file and field', () => {
		const c = content();
		c.write('begrippen/opschaling.md', begrip('related:\n  - borgin'));
		const result = run('npm', ['run', 'build', '--silent'], { CONTENT_DIR: c.dir });
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('/begrippen/opschaling.md: related[0]: no begrip "borgin" (did you mean "borging"?)');
		expect(result.output).not.toContain('[build]');
	});
});
