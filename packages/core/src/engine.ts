import { AgoraKeyError, ErrorCode } from './errors.js';
import type { AsyncHmacKey, Clock, CryptoProvider, Result, SyncHmacKey } from './crypto/provider.js';
import { systemClock } from './crypto/provider.js';

/**
 * One HMAC an operation needs. `keyId` names a key worth keeping imported
 * (the app certificate); `memo` names a result that is the same every time
 * (the issue-time signing key), so the engine may reuse it.
 */
export interface HmacRequest {
  key: Uint8Array;
  data: Uint8Array;
  keyId?: string;
  memo?: string;
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

  const keys = new Map<string, SyncHmacKey | AsyncHmacKey | Promise<AsyncHmacKey>>();
  const memos = new Map<string, Uint8Array>();

  const runSync = <T>(operation: Operation<T>): T => {
    let step = operation.next();
    while (!step.done) {
      const request = step.value;
      let result = request.memo === undefined ? undefined : memos.get(request.memo);
      if (result === undefined) {
        let key: SyncHmacKey | undefined;
        if (request.keyId !== undefined) {
          key = keys.get(request.keyId) as SyncHmacKey | undefined;
          if (!key) boundedSet(keys, request.keyId, (key = (provider.importHmacKey(request.key) as SyncHmacKey)));
        } else {
          key = provider.importHmacKey(request.key) as SyncHmacKey;
        }
        result = key.sign(request.data);
        if (request.memo !== undefined) boundedSet(memos, request.memo, result);
      }
      step = operation.next(result);
    }
    return step.value;
  };

  const runAsync = async <T>(operation: Operation<T>): Promise<T> => {
    let step = operation.next();
    while (!step.done) {
      const request = step.value;
      let result = request.memo === undefined ? undefined : memos.get(request.memo);
      if (result === undefined) {
        let key: AsyncHmacKey | Promise<AsyncHmacKey>;
        if (request.keyId !== undefined) {
          let cached = keys.get(request.keyId) as AsyncHmacKey | Promise<AsyncHmacKey> | undefined;
          if (!cached) boundedSet(keys, request.keyId, (cached = provider.importHmacKey(request.key) as AsyncHmacKey));
          key = cached;
        } else {
          key = provider.importHmacKey(request.key) as AsyncHmacKey;
        }
        result = await (await key).sign(request.data);
        if (request.memo !== undefined) boundedSet(memos, request.memo, result);
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
