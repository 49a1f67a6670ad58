/**
 * A reference point for `pnpm bench:server`, not a server to deploy: the same
 * framework (Hono on @hono/node-server) and engine (@agorakey/node) as the
 * token server, with one route that mints the same RTC token and nothing
 * else: no validation, logging, request id, CORS or cache headers. The gap
 * between this and the real server is what those features cost per request.
 *
 * Usage: node bare-hono-server.mjs <appId> <appCertificate>; prints "BARE_HONO_LISTENING <port>".
 */
import { RtcTokenBuilder } from '@agorakey/node';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const [appId, appCertificate] = process.argv.slice(2);
const PUBLISHER = 1;
const EXPIRE_SECONDS = 3600;

const app = new Hono();
app.get('/rtc/:channelName/:role/:tokenType/:uid', (c) =>
  c.json({
    rtcToken: RtcTokenBuilder.buildTokenWithUid(appId, appCertificate, c.req.param('channelName'), Number(c.req.param('uid')), PUBLISHER, EXPIRE_SECONDS, EXPIRE_SECONDS),
  }),
);
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`BARE_HONO_LISTENING ${info.port}`));
