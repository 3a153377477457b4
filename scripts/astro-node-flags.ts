/**
 * V8 flags for the Node process that runs `astro build`, shared by `npm run
 * build` and the bench so that the bench measures the real build.
 *
 * Why: on a machine with plenty of memory, Node 24 lets each V8 isolate's
 * young generation grow to two 64 MB semi-spaces, and the build has three
 * isolates busy at once (the main thread and the Markdown render workers,
 * src/markdown/processor.ts). Capped at 16 MB, the short-lived objects are
 * collected sooner. `astro build` at 10,000 pages, interleaved runs on
 * 2026-12-01: peak 2.04–2.06 GB → 1.75–1.79 GB, wall time 66 s either way
 * (70 s in one run); 32 MB gave 1.86 GB. V8 flags hold for the whole
 * process, so the worker threads get them too.
 *
 * `--expose-gc` lets src/integrations/gc-after-sync.ts collect the garbage of
 * the content sync before the bundling starts.
 */
export const ASTRO_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=16', '--expose-gc'];
