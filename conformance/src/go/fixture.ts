import type { AccessToken006Spec, AccessToken2Spec, Service } from '@agorakey/core';
import { packingOrder } from './canonical.js';

/**
 * A failing (shrunk) case written as one line of the Go vectors' schema
 * (conformance/vectors, fields as in go-reference-vectors.jsonl), so it can be
 * pasted into a fixture file. Honest about provenance: `token` is Go's
 * compression of agorakey's payload, not a token the reference signed; the
 * caller prints that next to the line.
 */

const stringKeys = (map: Record<number, number>) => Object.fromEntries(Object.entries(map).map(([k, v]) => [String(k), v]));

function vectorService(s: Service): Record<string, unknown> {
  const out: Record<string, unknown> = { ...s, privileges: stringKeys(s.privileges) };
  if (s.type === 8) {
    out.permissions = [...s.permissions].sort((a, b) => a.resourceType - b.resourceType || a.permissionType - b.permissionType);
  }
  return out;
}

export function fixture007(id: string, spec: AccessToken2Spec, token: string, contentHex: string): string {
  return JSON.stringify({
    id,
    version: '007',
    appId: spec.appId,
    appCertificate: spec.appCertificate,
    issueTs: spec.issueTs,
    salt: spec.salt,
    expire: spec.expire,
    services: packingOrder(spec.services).map(vectorService),
    token,
    contentHex,
  });
}

export function fixture006(id: string, spec: AccessToken006Spec, token: string, contentHex: string): string {
  return JSON.stringify({
    id,
    version: '006',
    appId: spec.appId,
    appCertificate: spec.appCertificate,
    ts: spec.ts,
    salt: spec.salt,
    channelName: spec.channelName,
    uid: spec.uid,
    privileges: stringKeys(spec.privileges),
    token,
    contentHex,
  });
}

/** A raw compressor case: not a token, so only the bytes and Go's answer (`token` is "007"+base64 of it, as a 007 vector would hold). */
export function fixtureZlib(id: string, recipe: string, contentHex: string, goZlibHex: string): string {
  return JSON.stringify({ id, recipe, contentHex, zlibHex: goZlibHex, token: `007${Buffer.from(goZlibHex, 'hex').toString('base64')}` });
}
