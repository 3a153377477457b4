/**
 * `npm run test:html`: the Nu HTML Checker (vnu-jar from npm, needs Java) over
 * every built page in dist/. Prints each error and exits non-zero on any.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(dist)) {
	console.error(`${dist}/ does not exist; run npm run build first`);
	process.exit(2);
}
const vnu = String(createRequire(import.meta.url)('vnu-jar'));
const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', dist], { encoding: 'utf8' });
if (result.error) {
	console.error(`could not run java: ${result.error.message}`);
	process.exit(2);
}
const output = `${result.stdout}${result.stderr}`.trim();
if (output) console.error(output);
console.log(result.status === 0 ? `vnu: 0 errors in ${dist}/` : 'vnu: errors found');
process.exit(result.status ?? 1);
