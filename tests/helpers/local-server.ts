// A web server for a test file, on 127.0.0.1 at a free port: no test touches the internet.
import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFileSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { fixture } from './run.js';

/** A running local server: its address, and how to stop it (open connections closed too). */
export interface LocalServer {
  readonly base: string;
  close(): Promise<void>;
}

/** The self-signed certificate the HTTPS server presents (tests/fixtures/tls): trusted only where NODE_EXTRA_CA_CERTS names it. */
export const TEST_CERTIFICATE = fixture('tls/localhost-cert.pem');

/** Starts a server with this handler on 127.0.0.1 at a port the system picks; `tls` serves HTTPS with the test certificate. */
export async function listenLocally(handle: RequestListener, { tls = false } = {}): Promise<LocalServer> {
  const server: Server = tls ? createHttpsServer({ key: readFileSync(fixture('tls/localhost-key.pem')), cert: readFileSync(TEST_CERTIFICATE) }, handle) : createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A port on 127.0.0.1 that nothing listens on: bound, then let go (for a dead server). */
export async function closedPort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
