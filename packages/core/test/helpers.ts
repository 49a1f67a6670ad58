import { randomFillSync } from 'node:crypto';
import { createApi, createEngine, createPortableCryptoProvider } from '../src/index.js';

export const APP_ID = '970CA35de60c44645bbae8a215061b33';
export const APP_CERTIFICATE = '5CFd2fd1755d40ecb72977518be15d3b';
export const NOW = 1_700_000_000;
export const SALT = 12345678;

export const provider = createPortableCryptoProvider((b) => randomFillSync(b));

/** The whole API on a fixed clock and salt. */
export function fixedApi(now = NOW, salt = SALT) {
  return createApi(createEngine({ crypto: provider, clock: () => now, salt: () => salt }));
}

/** Runs fn and returns the error's `code`, failing if it does not throw. */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code ?? `no code: ${String(error)}`;
  }
  throw new Error('expected a throw');
}
