import { parseToken } from '@agorakey/core';
import { createRoute, z } from '@hono/zod-openapi';
import { describeToken } from '../../inspect/describe-token.js';
import { jsonBodyErrors, jsonResponse, tokenRouteErrors, tokenSecurity } from '../openapi-shared.js';
import type { RouteDeps } from '../route-deps.js';
import { V1_TAG } from './schemas.js';

// Real tokens inflate to a few hundred bytes; this bounds what a crafted one may cost.
const MAX_INFLATED_BYTES = 256 * 1024;

const InstantSchema = z.object({ unix: z.number().int(), iso: z.string() });
const PrivilegeSchema = z.object({
  id: z.number().int(),
  name: z.string().nullable(),
  value: z.number().int().openapi({ description: '007: seconds after issue; 006: a Unix time; 0: as long as the token' }),
  expiresAt: InstantSchema,
  lastsAsLongAsToken: z.boolean(),
});

const InspectRequest = z
  .object({
    token: z.string().min(1).openapi({ description: 'A 006 or 007 token' }),
    channelName: z.string().optional().openapi({ description: '006 only: the channel the token was built for, needed to verify it' }),
    uid: z.union([z.number().int().min(0), z.string()]).optional().openapi({ description: '006 only: the uid (number) or account (string) the token was built for' }),
  })
  .openapi('InspectRequest');

const InspectResponse = z
  .object({
    version: z.enum(['006', '007']),
    appId: z.string(),
    issuedAt: InstantSchema,
    expiresAt: InstantSchema,
    expired: z.boolean(),
    salt: z.number().int(),
    services: z.array(z.object({ type: z.number().int().nullable(), name: z.string().nullable(), privileges: z.array(PrivilegeSchema) }).catchall(z.unknown())),
    notes: z.array(z.string()),
    unknownServiceType: z.number().int().optional(),
    crcChannelName: z.number().int().optional(),
    crcUid: z.number().int().optional(),
    signatureValid: z.boolean().optional().openapi({ description: 'Present only when this server holds the certificate for the token\'s App ID (and, for 006, channelName and uid were given)' }),
  })
  .openapi('InspectResponse');

/** POST /v1/inspect — decodes a token and, when it can, checks its signature. */
export function registerV1Inspect({ app, config, tokens }: RouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: '/v1/inspect',
    tags: [V1_TAG],
    summary: 'Decode a 006 or 007 token: App ID, times, services, privileges, and whether its signature is valid',
    ...tokenSecurity(config),
    request: { body: { required: true, content: { 'application/json': { schema: InspectRequest } } } },
    responses: { 200: jsonResponse(InspectResponse, 'What the token says'), ...tokenRouteErrors, ...jsonBodyErrors },
  });
  app.openapi(route, async (c) => {
    const body = c.req.valid('json');
    const parsed = parseToken(body.token, { maxInflatedBytes: MAX_INFLATED_BYTES });
    const description = describeToken(parsed, tokens.engine.now());
    let signatureValid: boolean | undefined;
    if (parsed.appId !== config.appId) {
      description.notes.push('this server holds no certificate for the token\'s App ID, so its signature was not checked');
    } else if (parsed.version === '007') {
      signatureValid = await tokens.verifyToken(parsed, config.appCertificate);
    } else if (body.channelName !== undefined && body.uid !== undefined) {
      signatureValid = await tokens.verifyToken(parsed, config.appCertificate, { channelName: body.channelName, uid: body.uid });
    } else {
      description.notes.push('a 006 token carries only CRC32s of its channel name and uid: pass channelName and uid to verify its signature');
    }
    return c.json({ ...description, ...(signatureValid === undefined ? {} : { signatureValid }) }, 200);
  });
}
