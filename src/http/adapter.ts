import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Http2Server, Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { HttpRequest, HttpResponse } from '../protocol/http-message.js';

export type Handler = (request: HttpRequest) => Promise<HttpResponse>;

export interface EdgeServer {
  server: Server;
  /** Ends every open connection, HTTP/1.1 keep-alive and HTTP/2 sessions alike. */
  destroyConnections(): void;
}

const HTTP2_PREFACE = Buffer.from('PRI * HTTP/2.0');

/**
 * The edge: one port speaking HTTP/1.1 and cleartext HTTP/2 (some SDK clients, Kinesis's among
 * them, speak only HTTP/2). Each connection's first bytes say which: HTTP/2 opens with its preface.
 * Every request becomes an `HttpRequest`; response bodies stream.
 */
export function createEdgeServer(handle: Handler, onError: (error: unknown) => void): EdgeServer {
  const respond = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
    void serve(req, res, handle).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) res.writeHead(500);
      res.destroy();
    });
  };
  const http1 = createServer({ keepAlive: true, requestTimeout: 0 }, respond);
  http1.keepAliveTimeout = 65_000;
  // node:http2 costs milliseconds to load, so it loads with the first HTTP/2 connection.
  let http2: Promise<Http2Server> | undefined;
  const http2Server = () => (http2 ??= import('node:http2').then(({ createServer: createHttp2Server }) => createHttp2Server({}, respond)));
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.once('data', (chunk: Buffer) => {
      socket.pause();
      socket.unshift(chunk);
      if (chunk.subarray(0, HTTP2_PREFACE.length).equals(HTTP2_PREFACE)) {
        void http2Server().then((server) => server.emit('connection', socket));
      } else {
        http1.emit('connection', socket);
        socket.resume();
      }
    });
  });
  return {
    server,
    destroyConnections: () => {
      for (const socket of sockets) socket.destroy();
    },
  };
}

async function serve(req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse, handle: Handler): Promise<void> {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const rawQuery = q < 0 ? '' : url.slice(q + 1);
  const request: HttpRequest = {
    method: req.method ?? 'GET',
    rawPath: q < 0 ? url : url.slice(0, q),
    rawQuery,
    query: new URLSearchParams(rawQuery),
    headers: withHost(req.headers),
    rawHeaders: req.rawHeaders,
    body: req,
    remoteAddress: req.socket.remoteAddress ?? '127.0.0.1',
  };
  const response = await handle(request);
  await send(res, response, req.method === 'HEAD');
  if (!req.complete) req.resume();
}

/** HTTP/2 names the host in `:authority`; the gateway reads `host` in both. */
function withHost(headers: IncomingMessage['headers']): IncomingMessage['headers'] {
  if (headers.host !== undefined || headers[':authority'] === undefined) return headers;
  return { ...headers, host: String(headers[':authority']) };
}

async function send(res: ServerResponse | Http2ServerResponse, response: HttpResponse, head: boolean): Promise<void> {
  const { body } = response;
  const headers = { ...response.headers };
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    headers['content-length'] ??= String(Buffer.byteLength(body));
  } else if (body === undefined) {
    headers['content-length'] ??= '0';
  }
  res.writeHead(response.status, headers);
  if (body instanceof Readable) {
    if (head) {
      body.destroy();
      res.end();
      return;
    }
    await pipeline(body, res).catch((error: unknown) => {
      // A client that stops reading (an aborted download, a subscriber that has seen enough) is no server error.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
    });
    return;
  }
  if (head || body === undefined) res.end();
  else res.end(body);
}
