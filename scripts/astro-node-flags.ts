/**
 * V8 flags for the Node process that runs `astro build`, shared by `npm run
 * build` and the bench so that the bench measures the real build.
 *
 * Why: on a machine with plenty of memory, Node 24 lets each V8 isolate's
 * young generation grow to two 64 MB semi-spaces, and the build has three
 * isolates busy at once (the main thread and the Markdown render workers,
 * src/markdown/processor.ts). Capped at 16 MB, the short-lived objects are
 * collected sooner, which lowers the build's memory peak at no cost in time.
 * V8 flags hold for the whole process, so the worker threads get them too.
 */
export const ASTRO_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=16'];
