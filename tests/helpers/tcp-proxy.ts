/** A TCP proxy on loopback between the app and its PostgreSQL server, that can make the server go away. */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** The running proxy and its faults. */
export interface TcpProxy {
  readonly port: number;
  /** `url` with its host and port replaced by the proxy's. */
  via(url: string): string;
  /** The server unreachable: every open connection is cut (RST) and new ones are refused until {@link reachable}. */
  unreachable(): void;
  reachable(): void;
  readonly isReachable: boolean;
  /** A server restart: every open connection is cut; new ones are accepted at once. */
  restart(): void;
  /**
   * Becomes unreachable the moment the app sends bytes containing `marker` (a statement's text, or a prepared statement's name) for
   * the `occurrence`th time from now, before they reach the server: the database goes away in the
   * middle of that step. Resolves then.
   */
  unreachableOn(marker: string, occurrence?: number): Promise<void>;
  /** Connections open right now. */
  readonly open: number;
  /** Connections cut by a fault so far. */
  readonly cut: number;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (a free port) and forwards to `target`. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  let reachable = true;
  let cut = 0;
  let trigger: { marker: string; left: number; fire: () => void } | undefined;

  const cutAll = (): void => {
    for (const pair of pairs) {
      cut += 1;
      pair.client.resetAndDestroy();
      pair.upstream.resetAndDestroy();
    }
    pairs.clear();
  };

  const server = net.createServer((client) => {
    client.on('error', () => undefined);
    if (!reachable) {
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    upstream.on('error', () => undefined);
    const pair = { client, upstream };
    pairs.add(pair);
    const drop = (): void => {
      if (!pairs.delete(pair)) return;
      client.destroy();
      upstream.destroy();
    };
    client.on('close', drop);
    upstream.on('close', drop);
    client.on('data', (chunk: Buffer) => {
      if (trigger && chunk.includes(trigger.marker) && (trigger.left -= 1) <= 0) {
        const { fire } = trigger;
        trigger = undefined;
        reachable = false;
        cutAll();
        fire();
        return;
      }
      if (!upstream.write(chunk)) client.pause();
    });
    upstream.on('drain', () => client.resume());
    upstream.on('data', (chunk: Buffer) => {
      if (!client.write(chunk)) upstream.pause();
    });
    client.on('drain', () => upstream.resume());
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    via: (url) => {
      const parsed = new URL(url);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    unreachable: () => {
      reachable = false;
      cutAll();
    },
    reachable: () => {
      reachable = true;
    },
    get isReachable() {
      return reachable;
    },
    restart: cutAll,
    unreachableOn: (marker, occurrence = 1) =>
      new Promise<void>((resolve) => {
        trigger = { marker, left: occurrence, fire: resolve };
      }),
    get open() {
      return pairs.size;
    },
    get cut() {
      return cut;
    },
    close: async () => {
      trigger = undefined;
      cutAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
