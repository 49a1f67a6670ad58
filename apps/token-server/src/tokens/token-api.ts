import type { AgoraKeyApi, CryptoProvider } from '@agorakey/core';

/**
 * The engine API the server builds tokens with. @agorakey/node's builders
 * return strings, @agorakey/web's return Promises; handlers `await` every
 * result, so the app runs on either without knowing which it has.
 */
export type TokenApi = AgoraKeyApi<CryptoProvider>;
