// The server's public surface: the hono app for tests and embedding, and the listening server.
export { type AppOptions, CONTENT_SECURITY_POLICY, createApp, DEFAULT_MAX_BODY_BYTES } from './app.ts';
export { type ArticleCatalog, openCatalog } from './catalog.ts';
export { buildDemoDatabase, DEMO_CORPUS } from './demo.ts';
export { DEFAULT_HOST, DEFAULT_PORT, type RunningServer, type ServerOptions, startServer } from './start.ts';
export { ensureWebBuild } from './web-build.ts';
