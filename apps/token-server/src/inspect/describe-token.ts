import type { ParsedToken, Service } from '@agorakey/core';
import { PRIVILEGE_NAMES_006, PRIVILEGE_NAMES_007, RTM2_PERMISSION_TYPES, RTM2_RESOURCE_TYPES, SERVICE_NAMES } from './names.js';

export interface Instant {
  unix: number;
  iso: string;
}

export interface DescribedPrivilege {
  id: number;
  name: string | null;
  /** As carried: seconds after issue (007) or a Unix time (006); 0 means as long as the token. */
  value: number;
  expiresAt: Instant;
  lastsAsLongAsToken: boolean;
}

export interface DescribedService {
  type: number | null;
  name: string | null;
  privileges: DescribedPrivilege[];
  [field: string]: unknown;
}

export interface TokenDescription {
  version: '006' | '007';
  appId: string;
  issuedAt: Instant;
  expiresAt: Instant;
  expired: boolean;
  salt: number;
  services: DescribedService[];
  notes: string[];
  unknownServiceType?: number;
  crcChannelName?: number;
  crcUid?: number;
}

// The 006 reference builders set a token's own expiry to issue time + 24 hours.
const TOKEN_006_LIFETIME_SECONDS = 24 * 3600;

export function instant(unix: number): Instant {
  return { unix, iso: new Date(unix * 1000).toISOString() };
}

function serviceFields(service: Service): Record<string, unknown> {
  const { type: _type, privileges: _privileges, ...fields } = service as Service & Record<string, unknown>;
  if (service.type === 8) {
    return {
      ...fields,
      permissions: service.permissions.map((p) => ({
        resourceType: RTM2_RESOURCE_TYPES[p.resourceType] ?? p.resourceType,
        permissionType: RTM2_PERMISSION_TYPES[p.permissionType] ?? p.permissionType,
        resources: p.resources,
      })),
    };
  }
  return fields;
}

function describe007(token: Extract<ParsedToken, { version: '007' }>, now: number): TokenDescription {
  const expiresAt = token.issueTs + token.expire;
  const services = token.services.map((service): DescribedService => ({
    type: service.type,
    name: SERVICE_NAMES[service.type] ?? null,
    ...serviceFields(service),
    privileges: Object.entries(service.privileges).map(([id, value]) => ({
      id: Number(id),
      name: PRIVILEGE_NAMES_007[service.type]?.[Number(id)] ?? null,
      value,
      expiresAt: instant(value === 0 ? expiresAt : token.issueTs + value),
      lastsAsLongAsToken: value === 0,
    })),
  }));
  const notes: string[] = [];
  if (token.unknownServiceType !== undefined) {
    notes.push(`the token carries service type ${token.unknownServiceType}, unknown to this server; services after it cannot be read`);
  }
  return {
    version: '007',
    appId: token.appId,
    issuedAt: instant(token.issueTs),
    expiresAt: instant(expiresAt),
    expired: now >= expiresAt,
    salt: token.salt,
    services,
    notes,
    ...(token.unknownServiceType === undefined ? {} : { unknownServiceType: token.unknownServiceType }),
  };
}

function describe006(token: Extract<ParsedToken, { version: '006' }>, now: number): TokenDescription {
  const byService = new Map<string, DescribedPrivilege[]>();
  for (const [id, value] of Object.entries(token.privileges)) {
    const known = PRIVILEGE_NAMES_006[Number(id)];
    const key = known?.service ?? 'unknown';
    const list = byService.get(key) ?? [];
    list.push({ id: Number(id), name: known?.name ?? null, value, expiresAt: instant(value === 0 ? token.ts : value), lastsAsLongAsToken: value === 0 });
    byService.set(key, list);
  }
  const services = [...byService].map(([name, privileges]): DescribedService => ({
    type: null,
    name: name === 'unknown' ? null : name,
    privileges,
  }));
  return {
    version: '006',
    appId: token.appId,
    issuedAt: instant(Math.max(0, token.ts - TOKEN_006_LIFETIME_SECONDS)),
    expiresAt: instant(token.ts),
    expired: now >= token.ts,
    salt: token.salt,
    services,
    notes: ["a 006 token does not carry its issue time: issuedAt assumes the reference builders' 24-hour token lifetime"],
    crcChannelName: token.crcChannelName,
    crcUid: token.crcUid,
  };
}

/** Everything a token says about itself, with names and absolute times, for a person debugging it. */
export function describeToken(token: ParsedToken, now: number): TokenDescription {
  return token.version === '007' ? describe007(token, now) : describe006(token, now);
}
