import * as ErrorCode from './error-codes.js';
import { AgoraKeyError } from './errors.js';
import type { AsyncCryptoProvider, AsyncHmacKey, Clock, CryptoProvider, Result, SyncHmacKey } from './crypto/provider.js';
import { systemClock } from './crypto/provider.js';
import { closeTemporaries, openTemporaries } from './bytes/workspace.js';
import { encodeUtf8 } from './bytes/utf8.js';
import type { DynamicSizeBound } from './zlib/block-writer.js';
import { dynamicSizeLowerBound } from './zlib/dynamic-bound.js';

/**
 * One HMAC an operation needs. Two kinds of results repeat across tokens and
 * are worth keeping: an HMAC keyed by the app certificate (006), whose padded
 * key the engine keeps imported (`keyCache`: the certificate), and the 007
 * issue-time key HMAC(le32(issueTs), certificate), which is the same for every
 * token issued in the same second (`memo`: certificate and issueTs).
 * Cache lookups use the caller's own strings: no per-token string building.
 */
export interface HmacRequest {
  /**
   * Key bytes; an ASCII string (the app certificate); or a uint32, keying with its
   * four little-endian bytes (007's issueTs and salt). Strings and numbers become
   * bytes only when the HMAC is computed, not on a cache hit (build ~1.5% faster, A/B).
   */
  key: Uint8Array | string | number;
  /** Message bytes, or an ASCII string. */
  data: Uint8Array | string;
  keyCache?: string;
  memo?: { certificate: string; issueTs: number };
  /**
   * When set, the answer is HMAC(HMAC(key, data), chainedData): the first HMAC
   * only keys the second, so a provider with `hmacSha256Chained` computes both in
   * one call (a 007 verify ~2% faster, measured). Not combined with the caches.
   */
  chainedData?: Uint8Array;
}

/**
 * The zlib stream of a 007 payload, which the operation base64-encodes before it
 * yields again (the encoder may answer with a view of its buffer). The operation
 * names the encoder, so only code that builds 007 tokens bundles one; the engine
 * adds its pricing shortcut, if it has one.
 */
export interface DeflateRequest {
  payload: Uint8Array;
  deflate(payload: Uint8Array, lowerBound?: DynamicSizeBound): Uint8Array;
}

/**
 * Token logic is written once as a generator that yields the HMACs and the
 * compression it needs; the engine runs it synchronously or asynchronously
 * depending on the provider, with the encoder it was built with.
 */
export type Operation<T> = Generator<HmacRequest | DeflateRequest, T, Uint8Array>;

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
const bytesOf = (value: Uint8Array | string | number): Uint8Array =>
  typeof value === 'string' ? encodeUtf8(value, 'appCertificate') : typeof value === 'number' ? le32(value) : value;

function le32(value: number): Uint8Array {
  // Element by element: a Uint8Array from an array literal takes a slow conversion path (~3x, measured).
  const out = new Uint8Array(4);
  out[0] = value;
  out[1] = value >>> 8;
  out[2] = value >>> 16;
  out[3] = value >>> 24;
  return out;
}

const SALT_MAX = 99_999_999;
// Largest multiple of SALT_MAX below 2^32: rejection sampling keeps the salt uniform.
const SALT_LIMIT = Math.floor(0x100000000 / SALT_MAX) * SALT_MAX;

/** What a driver gets from the engine: answers that need no HMAC, and imported certificate keys. */
interface DriverContext {
  /** A deflate request's stream (read by the operation before it yields again), or a memoised HMAC. */
  known(request: HmacRequest | DeflateRequest): Uint8Array | undefined;
  remember(request: HmacRequest, value: Uint8Array): void;
  importKey(request: HmacRequest): SyncHmacKey | AsyncHmacKey | Promise<AsyncHmacKey>;
}

type Driver = (provider: CryptoProvider, context: DriverContext) => <T>(operation: Operation<T>) => T | Promise<T>;

/** Runs operations to completion synchronously (a synchronous provider only). */
const syncDriver: Driver = (provider, context) => {
  const oneShot = provider.sync ? provider.hmacSha256 : undefined;
  const chained = provider.sync ? provider.hmacSha256Chained : undefined;
  const hmac = (request: HmacRequest): Uint8Array =>
    request.keyCache === undefined && oneShot !== undefined
      ? oneShot(bytesOf(request.key), bytesOf(request.data))
      : (context.importKey(request) as SyncHmacKey).sign(bytesOf(request.data));
  const drive = <T>(operation: Operation<T>): T => {
    let step = operation.next();
    while (!step.done) {
      // known() answers every deflate request: only an HmacRequest reaches the HMAC below.
      const request = step.value as HmacRequest;
      let result = context.known(request);
      if (result === undefined) {
        const chainedData = request.chainedData;
        result =
          chainedData === undefined
            ? hmac(request)
            : chained !== undefined
              ? chained(bytesOf(request.key), bytesOf(request.data), chainedData)
              : hmac({ key: hmac(request), data: chainedData });
        context.remember(request, result);
      }
      step = operation.next(result);
    }
    return step.value;
  };
  return (operation) => {
    // A synchronous run never yields to the event loop, so its buffers may come from the pool.
    openTemporaries();
    try {
      return drive(operation);
    } finally {
      closeTemporaries();
    }
  };
};

/** Runs operations awaiting each HMAC (any provider). */
const asyncDriver: Driver = (_provider, context) => {
  const hmac = async (request: HmacRequest): Promise<Uint8Array> => {
    const key = await (context.importKey(request) as AsyncHmacKey | Promise<AsyncHmacKey>);
    return key.sign(bytesOf(request.data));
  };
  return async (operation) => {
    let step = operation.next();
    while (!step.done) {
      const request = step.value as HmacRequest;
      // No await between a deflate answer and resuming: the operation reads the encoder's buffer at once.
      let result = context.known(request);
      if (result === undefined) {
        result = await hmac(request);
        if (request.chainedData !== undefined) result = await hmac({ key: result, data: request.chainedData });
        context.remember(request, result);
      }
      step = operation.next(result);
    }
    return step.value;
  };
};

/**
 * An engine on `options.crypto`: plain results for a synchronous provider,
 * Promises otherwise. Built for speed (a token server's choice): its encoder
 * skips pricing dynamic codes that cannot win (~1.8 us a 007 token, measured).
 */
export function createEngine<P extends CryptoProvider>(options: EngineOptions<P>): Engine<P> {
  return assemble(options, options?.crypto?.sync === true ? syncDriver : asyncDriver, dynamicSizeLowerBound);
}

/**
 * An engine built for bundle size (a browser's choice): results are always
 * Promises, whatever the provider, and the synchronous driver and the encoder's
 * pricing shortcut stay out of the bundle (~1.5 KB gzipped of ~19.5 KB, measured). Tokens
 * are byte-for-byte the same; each costs ~1.8 us more to compress.
 */
export function createCompactEngine(options: EngineOptions<CryptoProvider>): Engine<AsyncCryptoProvider> {
  return assemble(options, asyncDriver, undefined) as unknown as Engine<AsyncCryptoProvider>;
}

function assemble<P extends CryptoProvider>(options: EngineOptions<P>, driver: Driver, lowerBound: DynamicSizeBound | undefined): Engine<P> {
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

  const known = (request: HmacRequest | DeflateRequest): Uint8Array | undefined => {
    if ('payload' in request) return request.deflate(request.payload, lowerBound);
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

  const run = driver(provider, { known, remember, importKey }) as Engine<P>['run'];
  return {
    crypto: provider,
    now: clock,
    salt: saltSource,
    run,
  };
}
