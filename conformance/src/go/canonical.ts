import type { AccessToken2Fields, Rtm2Permission, Service } from '@agorakey/core';

/**
 * What a 007 spec must parse back to, in one canonical JSON form, so "parses
 * back to the spec" is a string comparison with a readable diff. Parsing
 * returns services in packing order (stable by type) and RTM2 permissions
 * sorted by resource type, then permission type; the canonical form of the
 * spec applies the same orders, and nothing else.
 */

const sortPermissions = (permissions: readonly Rtm2Permission[]) =>
  [...permissions].sort((a, b) => a.resourceType - b.resourceType || a.permissionType - b.permissionType);

/** Services in packing order: ascending type, insertion order kept within a type. */
export function packingOrder<S extends { type: number }>(services: readonly S[]): S[] {
  return services
    .map((service, index) => ({ service, index }))
    .sort((a, b) => a.service.type - b.service.type || a.index - b.index)
    .map((entry) => entry.service);
}

function canonicalService(service: Service): Record<string, unknown> {
  const s = service as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(s).sort()) {
    const value = s[key];
    if (key === 'privileges') out[key] = Object.fromEntries(Object.entries(value as object).map(([k, v]) => [String(k), v]));
    else if (key === 'permissions') out[key] = sortPermissions(value as Rtm2Permission[]);
    else out[key] = value;
  }
  return out;
}

export function canonical007(fields: AccessToken2Fields): string {
  return JSON.stringify({
    appId: fields.appId,
    issueTs: fields.issueTs,
    expire: fields.expire,
    salt: fields.salt,
    services: packingOrder(fields.services).map(canonicalService),
  });
}

/** Where two strings first differ, with a little context: enough to read a failure, short enough to print. */
export function describeDifference(label: string, expected: string, actual: string): string {
  let i = 0;
  while (i < expected.length && i < actual.length && expected[i] === actual[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 20), i + 40));
  return `${label} differs at character ${i} of ${expected.length} (expected …${around(expected)}…, got …${around(actual)}…)`;
}
