import type { CryptoProvider, Result } from '../crypto/provider.js';
import type { Engine } from '../engine.js';
import { issue } from './common.js';

/** FPA tokens live 24 hours with a login privilege of 0 (as long as the token), as in the references. */
const FPA_TOKEN_SECONDS = 24 * 3600;

export interface FpaTokenBuilder<P extends CryptoProvider> {
  buildToken(appId: string, appCertificate: string): Result<P, string>;
}

export function createFpaTokenBuilder<P extends CryptoProvider>(engine: Engine<P>): FpaTokenBuilder<P> {
  return {
    buildToken: (appId, appCertificate) =>
      issue(engine, appId, appCertificate, FPA_TOKEN_SECONDS, [{ type: 4, privileges: { 1 /* Privilege.Fpa.Login */: 0 } }]),
  };
}
