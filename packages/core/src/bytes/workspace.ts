/**
 * Short-lived byte buffers without the cost of allocating them.
 *
 * V8 keeps typed arrays of up to 64 bytes on its heap but gives larger ones an
 * off-heap backing store: `new Uint8Array(100)` costs ~720 ns against ~30 ns for
 * 32 bytes or for a view into an existing buffer (measured, Node 20). A token
 * needs several such buffers (signed bytes, payload, compressed stream), so
 * inside a synchronous engine run they are carved from one reused pool.
 *
 * Safety: the pool is only handed out while a synchronous run is active; such a
 * run never yields to the event loop, so nothing else can touch the pool before
 * it ends, and whatever leaves the run is a string or a fresh copy. Outside a
 * run (asynchronous providers, direct calls) `temporary` allocates normally.
 */
const POOL_BYTES = 64 * 1024;
const pool = new ArrayBuffer(POOL_BYTES);
let offset = 0;
let depth = 0;

/** Starts a scope of pooled temporaries; pair with `closeTemporaries` in a `finally`. */
export function openTemporaries(): void {
  if (depth++ === 0) offset = 0;
}

export function closeTemporaries(): void {
  depth--;
}

/** `length` bytes whose contents are unspecified: the caller must write every byte it reads. */
export function temporary(length: number): Uint8Array {
  if (depth === 0 || offset + length > POOL_BYTES) return new Uint8Array(length);
  const view = new Uint8Array(pool, offset, length);
  offset += (length + 7) & ~7;
  return view;
}

/** A copy of `bytes` that may be kept after the scope ends. */
export function keep(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}
