/**
 * Slack's Socket Mode end on loopback: a minimal WebSocket server (RFC 6455
 * handshake, text, ping and close frames) that says hello, sends envelopes
 * and records the app's acknowledgements.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len]) : len < 65536 ? Buffer.from([0x80 | opcode, 126, len >> 8, len & 0xff]) : (() => {
    const b = Buffer.alloc(10);
    b[0] = 0x80 | opcode;
    b[1] = 127;
    b.writeBigUInt64BE(BigInt(len), 2);
    return b;
  })();
  return Buffer.concat([head, payload]);
}

export class FakeSocketMode {
  readonly received: Record<string, any>[] = [];
  private sockets: Duplex[] = [];
  private waiters: { check: () => boolean; resolve: () => void }[] = [];
  connections = 0;

  attach(server: Server, path = '/link'): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
      if (!req.url?.startsWith(path)) return void socket.destroy();
      const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}${GUID}`).digest('base64');
      socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
      this.sockets.push(socket);
      this.connections++;
      this.read(socket);
      socket.on('close', () => (this.sockets = this.sockets.filter((s) => s !== socket)));
      socket.on('error', () => {});
      this.sendTo(socket, { type: 'hello', num_connections: 1, connection_info: { app_id: 'A0FAKE' }, debug_info: { host: 'fake' } });
    });
  }

  private read(socket: Duplex): void {
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (buffer.length < 2) return;
        const opcode = buffer[0]! & 0x0f;
        const masked = (buffer[1]! & 0x80) !== 0;
        let len = buffer[1]! & 0x7f;
        let offset = 2;
        if (len === 126) {
          if (buffer.length < 4) return;
          len = buffer.readUInt16BE(2);
          offset = 4;
        } else if (len === 127) {
          if (buffer.length < 10) return;
          len = Number(buffer.readBigUInt64BE(2));
          offset = 10;
        }
        const maskOffset = offset;
        if (masked) offset += 4;
        if (buffer.length < offset + len) return;
        const payload = Buffer.from(buffer.subarray(offset, offset + len));
        if (masked) for (let i = 0; i < len; i++) payload[i]! ^= buffer[maskOffset + (i % 4)]!;
        buffer = buffer.subarray(offset + len);
        if (opcode === 0x1) {
          this.received.push(JSON.parse(payload.toString('utf8')));
          this.notify();
        } else if (opcode === 0x9) socket.write(frame(0xa, payload));
        else if (opcode === 0x8) {
          socket.end(frame(0x8, payload));
          return;
        }
      }
    });
  }

  private sendTo(socket: Duplex, message: unknown): void {
    socket.write(frame(0x1, Buffer.from(JSON.stringify(message), 'utf8')));
  }

  /** Sends to the current connection. */
  send(message: unknown): void {
    const socket = this.sockets.at(-1);
    if (!socket) throw new Error('no Socket Mode connection');
    this.sendTo(socket, message);
  }

  acked(envelopeId: string): boolean {
    return this.received.some((m) => m.envelope_id === envelopeId);
  }

  waitFor(check: () => boolean): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ check, resolve }));
  }

  private notify(): void {
    this.waiters = this.waiters.filter((w) => (w.check() ? (w.resolve(), false) : true));
  }

  close(): void {
    for (const s of this.sockets) s.destroy();
  }
}
