import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Core must run unchanged on Node, Deno, Bun, browsers and workers: no runtime imports or globals.
const TEXT_DECODER = /\bTextDecoder\b/;
const TEXT_ENCODER = /\bTextEncoder\b/;
const FORBIDDEN = [/from ['"]node:/, /\bBuffer\b/, /\bprocess\./, /\brequire\(/, /\bwindow\b/, /\bdocument\b/, /\bglobalThis\b/, /\bcrypto\./, TEXT_ENCODER, TEXT_DECODER, /\bsetTimeout\b/, /\bWebAssembly\b/];
// The one exception, where it pays (see the file): the WHATWG Encoding API, a global on every runtime
// agorakey supports, turns base64 output bytes into the token string and a token's characters into bytes.
const ALLOWED: Record<string, RegExp[]> = { 'src/bytes/base64.ts': [TEXT_DECODER, TEXT_ENCODER] };

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('@agorakey/core is portable', () => {
  const sources = files(new URL('../src', import.meta.url).pathname);
  it('has sources', () => expect(sources.length).toBeGreaterThan(20));
  it.each(sources.map((f) => [f.slice(f.indexOf('/src/') + 1), f]))('%s uses no runtime-specific API', (name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    const allowed = ALLOWED[name] ?? [];
    for (const pattern of FORBIDDEN) if (!allowed.includes(pattern)) expect(code, String(pattern)).not.toMatch(pattern);
  });
  it('declares no dependencies and no side effects', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.sideEffects).toBe(false);
  });
});
