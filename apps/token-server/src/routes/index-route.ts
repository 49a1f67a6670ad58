import type { RouteDeps } from './route-deps.js';

/** GET / — what this is and where the API is described; the first thing a person opening the URL sees. */
export function registerIndex({ app, config }: RouteDeps, version: string): void {
  app.get('/', (c) =>
    c.json({
      name: 'agorakey token server',
      version,
      appId: config.appId,
      demo: config.demo,
      openapi: '/openapi.json',
      example: '/rtc/my-channel/publisher/uid/1234',
    }),
  );
}
