/**
 * Agora's public sample App ID and certificate (they appear in Agora's own
 * samples). Tokens built with them are useless for a real project, which is
 * the point: `pnpm start` works out of the box and nothing secret is involved.
 */
export const DEMO_APP_ID = '970CA35de60c44645bbae8a215061b33';
export const DEMO_APP_CERTIFICATE = '5CFd2fd1755d40ecb72977518be15d3b';

export const DEMO_WARNING =
  'DEMO MODE: no APP_ID/APP_CERTIFICATE set, so tokens are signed with the public sample credentials from ' +
  "Agora's docs. They will not work with your Agora project. Set APP_ID and APP_CERTIFICATE (or APP_CERTIFICATE_FILE) " +
  'for real tokens. Demo mode is refused when NODE_ENV=production.';
