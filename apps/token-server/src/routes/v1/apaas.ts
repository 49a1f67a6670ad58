import { z } from '@hono/zod-openapi';
import type { RouteDeps } from '../route-deps.js';
import { registerPostToken } from './post-token-route.js';
import { UserId, lifetimes } from './schemas.js';

/**
 * APaaS (Flexible Classroom) tokens under /v1/apaas and, for the Education
 * builders, which are the same builders in the Go reference, /v1/education.
 */
export function registerV1Apaas(deps: RouteDeps): void {
  const { config, tokens } = deps;
  const { appId, appCertificate } = config;
  const { expiresIn } = lifetimes(config.maxExpireSeconds);
  const builders = { apaas: tokens.ApaasTokenBuilder, education: tokens.EducationTokenBuilder } as const;

  for (const [prefix, builder] of Object.entries(builders)) {
    const name = prefix === 'apaas' ? 'Apaas' : 'Education';
    registerPostToken(deps, {
      path: `/v1/${prefix}/room-user`,
      summary: `${name} room user token (buildRoomUserToken): APaaS room user, RTM login and Chat user`,
      body: z
        .object({
          roomUuid: z.string().min(1).openapi({ example: 'room-1' }),
          userUuid: UserId,
          role: z.number().int().min(-32768).max(32767).openapi({ example: 2, description: 'Signed 16-bit role number' }),
          expiresInSeconds: expiresIn,
        })
        .openapi(`V1${name}RoomUserRequest`),
      build: (b) => builder.buildRoomUserToken(appId, appCertificate, b.roomUuid, b.userUuid, b.role, b.expiresInSeconds),
    });
    registerPostToken(deps, {
      path: `/v1/${prefix}/user`,
      summary: `${name} user token (buildUserToken)`,
      body: z.object({ userUuid: UserId, expiresInSeconds: expiresIn }).openapi(`V1${name}UserRequest`),
      build: (b) => builder.buildUserToken(appId, appCertificate, b.userUuid, b.expiresInSeconds),
    });
    registerPostToken(deps, {
      path: `/v1/${prefix}/app`,
      summary: `${name} app token (buildAppToken)`,
      body: z.object({ expiresInSeconds: expiresIn }).openapi(`V1${name}AppRequest`),
      build: (b) => builder.buildAppToken(appId, appCertificate, b.expiresInSeconds),
    });
  }
}
