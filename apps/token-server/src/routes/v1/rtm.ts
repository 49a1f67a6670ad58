import { z } from '@hono/zod-openapi';
import type { RouteDeps } from '../route-deps.js';
import { registerPostToken } from './post-token-route.js';
import { UserId, lifetimes } from './schemas.js';

// Names for agora-token's Rtm2Permissions constants, in their numeric order.
const RESOURCE_TYPES = ['messageChannels', 'streamChannels', 'groupChannels', 'serverGroups', 'users'] as const;
const PERMISSION_TYPES = ['read', 'write'] as const;

const Permission = z
  .object({
    resourceType: z.enum(RESOURCE_TYPES),
    permissionType: z.enum(PERMISSION_TYPES),
    resources: z.array(z.string()).max(0xffff).openapi({ example: ['channel-1', 'channel-*'] }),
  })
  .openapi('Rtm2Permission');

/** 007 RTM login, and RTM 2 login with resource permissions. */
export function registerV1Rtm(deps: RouteDeps): void {
  const { config, tokens } = deps;
  const { appId, appCertificate } = config;
  const { expiresIn } = lifetimes(config.maxExpireSeconds);

  registerPostToken(deps, {
    path: '/v1/rtm',
    summary: 'RTM login token (RtmTokenBuilder.buildToken)',
    body: z.object({ userId: UserId, expiresInSeconds: expiresIn }).openapi('V1RtmRequest'),
    build: (b) => tokens.RtmTokenBuilder.buildToken(appId, appCertificate, b.userId, b.expiresInSeconds),
  });

  registerPostToken(deps, {
    path: '/v1/rtm2',
    summary: 'RTM 2 login token with resource permissions (buildTokenWithPermissions)',
    body: z.object({ userId: UserId, expiresInSeconds: expiresIn, permissions: z.array(Permission).max(10) }).openapi('V1Rtm2Request'),
    build: (b) =>
      tokens.RtmTokenBuilder.buildTokenWithPermissions(
        appId,
        appCertificate,
        b.userId,
        b.permissions.map((p) => ({ resourceType: RESOURCE_TYPES.indexOf(p.resourceType), permissionType: PERMISSION_TYPES.indexOf(p.permissionType), resources: p.resources })),
        b.expiresInSeconds,
      ),
  });
}
