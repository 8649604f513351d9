/**
 * A route-based test server for the hostile pages: every page is a function that returns its HTML
 * (generated on first request, then cached) and the headers it is served with. Two of these run in
 * the hostile suite — the main origin and a second one on another port for the cross-origin iframe.
 */
import { createServer, type Server } from 'node:http';

export interface Route {
  body: () => string;
  headers?: Record<string, string>;
}

export interface RouteServer { base: string; port: number; server: Server; close(): Promise<void> }

export function serveRoutes(routes: Record<string, Route>, host = '127.0.0.1'): Promise<RouteServer> {
  const cache = new Map<string, Buffer>();
  return new Promise((done) => {
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const route = routes[path];
      if (!route) { res.writeHead(404).end(); return; }
      let body = cache.get(path);
      if (!body) cache.set(path, (body = Buffer.from(route.body(), 'utf8')));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...route.headers });
      res.end(body);
    });
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ base: `http://${host}:${port}/`, port, server, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) });
    });
  });
}
