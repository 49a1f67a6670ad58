// pnpm size: what an app pays for @agorakey/web, bundled and minified by esbuild, then gzipped.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const webDir = fileURLToPath(new URL('../packages/web/', import.meta.url));

interface Budget {
  name: string;
  source: string;
  /** Gzipped bytes allowed; none means the figure is reported only. */
  limit?: number;
  /** Strings that must be in the bundle (the code under test is there)… */
  present: string[];
  /** …and strings of other builders or providers that tree-shaking must have dropped. */
  absent: string[];
}

// Error codes only the parser or inflate throw: the table of all codes (ErrorCode) must be gone too.
const PARSE_ERROR_CODES = ['ERR_TOKEN_TRAILING_BYTES', 'ERR_ZLIB_OUTPUT_TOO_LARGE'];

const UNUSED_BUILDERS = [
  'buildTokenWithPermissions', // RTM
  'buildChatUserToken', // Chat
  'buildRoomUserToken', // APaaS / Education
  'buildTokenWithAccount', // 006 RTC
  'give exactly one', // the options builders
  'token does not start with the version', // the parser behind verifyToken
];

// K[0] of SHA-256 (FIPS 180-4 section 4.2.2) as esbuild may print it.
const SHA256_ROUND_CONSTANT = ['1116352408', '0x428a2f98'];

// The deflate encoder's hash multiplier (zlib/deflate.ts) as esbuild may print it: verifying needs only inflate.
const DEFLATE_HASH_MULTIPLIER = ['506832829', '0x1e35a7bd'];

const budgets: Budget[] = [
  {
    name: 'RtcTokenBuilder (007) only',
    source: `export { RtcTokenBuilder, RtcRole } from '@agorakey/web';`,
    limit: 8 * 1024,
    // The default provider is SubtleCrypto; the portable SHA-256 (its first round constant) must be gone.
    // …and the encoder is there, spelled as the verifyToken check below expects.
    present: ['buildTokenWithUid', 'buildTokenWithRtm2', 'importKey', DEFLATE_HASH_MULTIPLIER[0]!],
    absent: [...UNUSED_BUILDERS, ...SHA256_ROUND_CONSTANT, ...PARSE_ERROR_CODES],
  },
  {
    name: 'verifyToken only',
    source: `export { verifyToken } from '@agorakey/web';`,
    limit: 8 * 1024,
    present: ['token does not start with the version'],
    absent: ['buildTokenWithUid', 'buildChatUserToken', ...SHA256_ROUND_CONSTANT, ...DEFLATE_HASH_MULTIPLIER],
  },
  { name: 'everything', source: `export * from '@agorakey/web';`, present: ['importKey', 'buildRoomUserToken', '1116352408'], absent: [] },
];

async function measure(source: string): Promise<{ code: string; minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: webDir, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
  });
  const code = result.outputFiles[0]!.text;
  return { code, minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length };
}

if (!existsSync(`${webDir}dist/index.js`)) {
  console.error('packages/web/dist is missing: run `pnpm build` first');
  process.exit(2);
}
let failures = 0;
for (const budget of budgets) {
  const { code, minified, gzipped } = await measure(budget.source);
  const problems = [
    ...(budget.limit !== undefined && gzipped > budget.limit ? [`${gzipped} B gzipped is over the ${budget.limit} B budget`] : []),
    ...budget.present.filter((s) => !code.includes(s)).map((s) => `missing ${JSON.stringify(s)}`),
    ...budget.absent.filter((s) => code.includes(s)).map((s) => `not tree-shaken: ${JSON.stringify(s)}`),
  ];
  failures += problems.length;
  const limit = budget.limit === undefined ? '' : ` (limit ${budget.limit} B)`;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  @agorakey/web ${budget.name}: ${minified} B minified, ${gzipped} B gzipped${limit}`);
  for (const problem of problems) console.log(`      ${problem}`);
}
process.exit(failures === 0 ? 0 : 1);
