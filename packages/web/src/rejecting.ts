/**
 * Core's builders validate their arguments before the engine runs, so with an
 * asynchronous provider a bad argument would throw synchronously from a
 * function typed to return a Promise, and a `.catch()` handler would miss it.
 * These wrappers turn such throws into rejections; the conformance behaviour
 * tests check it on every runtime.
 */
type AnyFunction = (...args: any[]) => unknown;

export function rejecting<F extends AnyFunction>(fn: F): F {
  // A Promise executor's throw becomes a rejection; resolving with fn's Promise adopts it.
  return ((...args: unknown[]) => new Promise((resolve) => resolve(fn(...args)))) as F;
}

/** The same builder object with every method wrapped by {@link rejecting}. */
export function rejectingMethods<T extends object>(builder: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(builder)) out[name] = typeof member === 'function' ? rejecting(member as AnyFunction) : member;
  return out as T;
}

/** An API object from core's createApi with every builder and function wrapped; `engine` is left alone. */
export function rejectingApi<T extends object>(api: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(api)) {
    if (name === 'engine') out[name] = member;
    else if (typeof member === 'function') out[name] = rejecting(member as AnyFunction);
    else out[name] = member !== null && typeof member === 'object' ? rejectingMethods(member) : member;
  }
  return out as T;
}
