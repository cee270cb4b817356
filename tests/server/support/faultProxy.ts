// A loopback proxy between the devices and the server that misbehaves on purpose, the way
// hospital Wi-Fi does: it drops requests, delays them, sends them twice, and cuts the answer
// off after the server has done the work. Each device gets its own, so one can be offline alone.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Faults {
  drop: number;
  delay: number;
  duplicate: number;
  /** The server does the work; the device never hears back. */
  cut: number;
}

export const NO_FAULTS: Faults = { drop: 0, delay: 0, duplicate: 0, cut: 0 };

export class FaultProxy {
  offline = false;
  faults: Faults = NO_FAULTS;
  readonly stats = { requests: 0, dropped: 0, delayed: 0, duplicated: 0, cut: 0 };
  /** Push bodies that reached the server, to replay later. */
  readonly pushes: string[] = [];
  private server: http.Server;

  constructor(
    private readonly targetPort: () => number,
    private readonly random: () => number,
  ) {
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  async listen(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }

  private forward(req: http.IncomingMessage, body: Buffer) {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
      (resolve, reject) => {
        const up = http.request(
          {
            host: '127.0.0.1',
            port: this.targetPort(),
            method: req.method,
            path: req.url,
            headers: { ...req.headers, connection: 'close' },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 502,
                headers: res.headers,
                body: Buffer.concat(chunks),
              }),
            );
            res.on('error', reject);
          },
        );
        up.on('error', reject);
        up.end(body);
      },
    );
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    this.stats.requests++;
    const r = this.random;
    if (this.offline || r() < this.faults.drop) {
      if (!this.offline) this.stats.dropped++;
      res.socket?.destroy();
      return;
    }
    if (r() < this.faults.delay) {
      this.stats.delayed++;
      await new Promise((w) => setTimeout(w, Math.floor(r() * 40)));
    }
    const duplicate = r() < this.faults.duplicate;
    const cut = r() < this.faults.cut;
    try {
      const first = this.forward(req, body);
      if (duplicate) {
        this.stats.duplicated++;
        void this.forward(req, body).catch(() => undefined);
      }
      const answer = await first;
      if (req.url === '/api/sync/push' && answer.status === 200) this.pushes.push(body.toString());
      if (cut) {
        this.stats.cut++;
        res.socket?.destroy();
        return;
      }
      const { 'transfer-encoding': _te, connection: _c, ...headers } = answer.headers;
      res.writeHead(answer.status, headers);
      res.end(answer.body);
    } catch {
      res.socket?.destroy(); // the server is down (restarting): no answer at all
    }
  }
}
