/**
 * `npm run validate [folder]`: checks all content and prints one line per
 * problem, naming the file, the field and what was expected. Exits 1 on any
 * problem, so `npm run build` never produces a site from bad content.
 */
import { formatProblem } from '../src/schemas/errors.ts';
import { summaryMessages } from '../src/schemas/messages.ts';
import { validateContent } from '../src/lib/validation/check.ts';
import { contentRoot } from '../src/lib/content-root.ts';

const root = process.argv[2] ?? contentRoot();
const { entries, problems } = await validateContent(root);

if (problems.length > 0) {
	for (const problem of problems) console.error(formatProblem(problem));
	console.error(`\n${summaryMessages.problems(problems.length, root)}`);
	process.exit(1);
}
console.log(summaryMessages.valid(entries.length, root));
