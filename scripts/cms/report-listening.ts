/**
 * Preloaded into a server process (`node --import`) that is started on port 0
 * but logs the port it was asked for, as decap-server does: prints
 * "listening on port <n>" with the port the system gave it, from Node's
 * `net.server.listen` tracing channel, so the test reads the real port from
 * the output and never has to pick one first.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { Server } from 'node:net';

subscribe('tracing:net.server.listen:asyncEnd', (message) => {
	const address = (message as { server: Server }).server.address();
	if (address && typeof address === 'object') process.stdout.write(`listening on port ${address.port}\n`);
});
