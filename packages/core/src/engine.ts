import { AgoraKeyError, ErrorCode } from './errors.js';
import type { AsyncHmacKey, Clock, CryptoProvider, Result, SyncHmacKey } from './crypto/provider.js';
import { systemClock } from './crypto/provider.js';
import { closeTemporaries, openTemporaries } from './bytes/workspace.js';
import { encodeUtf8 } from './bytes/utf8.js';

/**
 * One HMAC an operation needs. Two kinds of results repeat across tokens and
 * are worth keeping: an HMAC keyed by the app certificate (006), whose padded
 * key the engine keeps imported (`keyCache`: the certificate), and the 007
 * issue-time key HMAC(le32(issueTs), certificate), which is the same for every
 * token issued in the same second (`memo`: certificate and issueTs).
 * Cache lookups use the caller's own strings: no per-token string building.
 */
export interface HmacRequest {
  /** Key bytes, or an ASCII string (the app certificate) encoded only on a cache miss. */
  key: Uint8Array | string;
  /** Message bytes, or an ASCII string. */
  data: Uint8Array | string;
  keyCache?: string;
  memo?: { certificate: string; issueTs: number };
}

/**
 * Token logic is written once as a generator that yields the HMACs it needs;
 * the engine runs it synchronously or asynchronously depending on the provider.
 */
export type Operation<T> = Generator<HmacRequest, T, Uint8Array>;

export interface EngineOptions<P extends CryptoProvider> {
  crypto: P;
  /** Unix seconds; defaults to the system clock. */
  clock?: Clock;
  /** Salt source for new tokens; defaults to a CSPRNG draw in [1, 99999999]. */
  salt?: () => number;
}

export interface Engine<P extends CryptoProvider = CryptoProvider> {
  readonly crypto: P;
  now(): number;
  salt(): number;
  run<T>(operation: Operation<T>): Result<P, T>;
}

// Bounds for the caches below: enough for any real deployment's certificates, small enough to never matter.
const MAX_CACHED_KEYS = 64;

function boundedSet<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= MAX_CACHED_KEYS) map.clear();
  map.set(key, value);
}

// Certificates are validated hex before they reach here: encodeUtf8's ASCII fast path.
const bytesOf = (value: Uint8Array | string): Uint8Array => (typeof value === 'string' ? encodeUtf8(value, 'appCertificate') : value);

const SALT_MAX = 99_999_999;
// Largest multiple of SALT_MAX below 2^32: rejection sampling keeps the salt uniform.
const SALT_LIMIT = Math.floor(0x100000000 / SALT_MAX) * SALT_MAX;

export function createEngine<P extends CryptoProvider>(options: EngineOptions<P>): Engine<P> {
  const provider = options?.crypto;
  if (
    !provider ||
    typeof provider.importHmacKey !== 'function' ||
    typeof provider.randomUint32 !== 'function' ||
    typeof provider.sync !== 'boolean'
  ) {
    throw new AgoraKeyError(
      ErrorCode.InvalidProvider,
      'crypto provider must have `sync`, `importHmacKey(key)` and `randomUint32()`',
    );
  }
  const clock = options.clock ?? systemClock;
  const saltSource =
    options.salt ??
    (() => {
      for (;;) {
        const r = provider.randomUint32() >>> 0;
        if (r < SALT_LIMIT) return (r % SALT_MAX) + 1;
      }
    });

  const certificateKeys = new Map<string, SyncHmacKey | AsyncHmacKey | Promise<AsyncHmacKey>>();
  const issueKeys = new Map<string, { issueTs: number; value: Uint8Array }>();

  const remembered = (request: HmacRequest): Uint8Array | undefined => {
    const memo = request.memo;
    if (memo === undefined) return undefined;
    const hit = issueKeys.get(memo.certificate);
    return hit !== undefined && hit.issueTs === memo.issueTs ? hit.value : undefined;
  };
  const remember = (request: HmacRequest, value: Uint8Array): void => {
    if (request.memo !== undefined) boundedSet(issueKeys, request.memo.certificate, { issueTs: request.memo.issueTs, value });
  };
  const importKey = (request: HmacRequest) => {
    if (request.keyCache === undefined) return provider.importHmacKey(bytesOf(request.key));
    let key = certificateKeys.get(request.keyCache);
    if (key === undefined) {
      key = provider.importHmacKey(bytesOf(request.key));
      boundedSet(certificateKeys, request.keyCache, key);
      // A failed asynchronous import must not stay cached.
      if (key instanceof Promise) key.catch(() => certificateKeys.delete(request.keyCache!));
    }
    return key;
  };

  const oneShot = provider.sync ? provider.hmacSha256 : undefined;

  const runSync = <T>(operation: Operation<T>): T => {
    // A synchronous run never yields to the event loop, so its buffers may come from the pool.
    openTemporaries();
    try {
      return driveSync(operation);
    } finally {
      closeTemporaries();
    }
  };

  const driveSync = <T>(operation: Operation<T>): T => {
    let step = operation.next();
    while (!step.done) {
      const request = step.value;
      let result = remembered(request);
      if (result === undefined) {
        result =
          request.keyCache === undefined && oneShot !== undefined
            ? oneShot(bytesOf(request.key), bytesOf(request.data))
            : (importKey(request) as SyncHmacKey).sign(bytesOf(request.data));
        remember(request, result);
      }
      step = operation.next(result);
    }
    return step.value;
  };

  const runAsync = async <T>(operation: Operation<T>): Promise<T> => {
    let step = operation.next();
    while (!step.done) {
      const request = step.value;
      let result = remembered(request);
      if (result === undefined) {
        const key = await (importKey(request) as AsyncHmacKey | Promise<AsyncHmacKey>);
        result = await key.sign(bytesOf(request.data));
        remember(request, result);
      }
      step = operation.next(result);
    }
    return step.value;
  };

  const run = (provider.sync ? runSync : runAsync) as Engine<P>['run'];
  return {
    crypto: provider,
    now: clock,
    salt: saltSource,
    run,
  };
}
