// A web server for a test file, on 127.0.0.1 at a free port: no test touches the internet.
import { createServer, type RequestListener } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';

/** A running local server: its address, and how to stop it (open connections closed too). */
export interface LocalServer {
  readonly base: string;
  close(): Promise<void>;
}

/** Starts a server with this handler on 127.0.0.1 at a port the system picks. */
export async function listenLocally(handle: RequestListener): Promise<LocalServer> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
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
