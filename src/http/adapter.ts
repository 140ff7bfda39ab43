import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { HttpRequest, HttpResponse } from '../protocol/http-message.js';

export type Handler = (request: HttpRequest) => Promise<HttpResponse>;

/** The node:http edge: turns each request into an `HttpRequest` and writes back the response, streaming bodies. */
export function createHttpServer(handle: Handler, onError: (error: unknown) => void): Server {
  const server = createServer({ keepAlive: true, requestTimeout: 0 }, (req, res) => {
    void serve(req, res, handle).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) res.writeHead(500);
      res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  return server;
}

async function serve(req: IncomingMessage, res: ServerResponse, handle: Handler): Promise<void> {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const rawQuery = q < 0 ? '' : url.slice(q + 1);
  const request: HttpRequest = {
    method: req.method ?? 'GET',
    rawPath: q < 0 ? url : url.slice(0, q),
    rawQuery,
    query: new URLSearchParams(rawQuery),
    headers: req.headers,
    body: req,
    remoteAddress: req.socket.remoteAddress ?? '127.0.0.1',
  };
  const response = await handle(request);
  await send(res, response, req.method === 'HEAD');
  if (!req.complete) req.resume();
}

async function send(res: ServerResponse, response: HttpResponse, head: boolean): Promise<void> {
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
    await pipeline(body, res);
    return;
  }
  res.end(head ? undefined : body);
}
