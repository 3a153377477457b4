/**
 * A process tree with a known amount of memory, for tests/bench/measure.test.ts.
 *
 *   node tests/bench/hold-memory.ts <MiB> [<MiB of a child>…]
 *
 * Fills <MiB> of its own memory, starts one process like itself per child
 * size, and prints "held" once it and all its children hold their memory:
 * the test samples after that line, never after a guessed sleep. With
 * HOLD_SIGNAL_FILE set it also writes its pid to that file then (for a test
 * that cannot read its output). It keeps the memory until SIGTERM (then it
 * ends its children and exits 0) or until its stdin, when that is a pipe,
 * closes: a child whose parent died does not linger.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fstatSync, renameSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** Resolves once `child` prints "held"; rejects if it ends first. */
export function heldBy(child: ChildProcess): Promise<void> {
	return new Promise((resolve, reject) => {
		if (!child.stdout) throw new Error('the holder needs a piped stdout');
		const lines = createInterface({ input: child.stdout });
		lines.on('line', (line) => {
			if (line !== 'held') return;
			lines.close();
			resolve();
		});
		child.on('exit', (code) => reject(new Error(`the holder ended (exit ${code}) before it held its memory`)));
	});
}

if (import.meta.main) {
	const [own = 0, ...childSizes] = process.argv.slice(2).map(Number);
	const memory = Buffer.alloc(own * 1024 * 1024, 1);
	const signalFile = process.env['HOLD_SIGNAL_FILE'];
	// The signal is this process's alone: a child that wrote its pid there would be stopped in its place.
	const env = { ...process.env, HOLD_SIGNAL_FILE: '' };
	const children = childSizes.map((mb) =>
		spawn(process.execPath, [import.meta.filename, String(mb)], { stdio: ['pipe', 'pipe', 'inherit'], env }),
	);
	await Promise.all(children.map(heldBy));

	const stop = () => {
		for (const child of children) child.kill();
		process.exit(0);
	};
	process.on('SIGTERM', stop);
	if (fstatSync(0).isFIFO()) process.stdin.on('end', stop).resume();
	// Nothing else keeps the process alive while it holds its memory.
	setInterval(() => memory.length, 2 ** 31 - 1);

	if (signalFile) {
		// Renamed into place, so a reader never sees the file without the pid.
		writeFileSync(`${signalFile}.tmp`, String(process.pid));
		renameSync(`${signalFile}.tmp`, signalFile);
	}
	process.stdout.write('held\n');
}
