import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Core must run unchanged on Node, Deno, Bun, browsers and workers: no runtime imports or globals.
const FORBIDDEN = [/from ['"]node:/, /\bBuffer\b/, /\bprocess\./, /\brequire\(/, /\bwindow\b/, /\bdocument\b/, /\bglobalThis\b/, /\bcrypto\./, /\bTextEncoder\b/, /\bTextDecoder\b/, /\bsetTimeout\b/];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('@agorakey/core is portable', () => {
  const sources = files(new URL('../src', import.meta.url).pathname);
  it('has sources', () => expect(sources.length).toBeGreaterThan(20));
  it.each(sources.map((f) => [f.slice(f.indexOf('/src/') + 1), f]))('%s uses no runtime-specific API', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    for (const pattern of FORBIDDEN) expect(code, String(pattern)).not.toMatch(pattern);
  });
  it('declares no dependencies and no side effects', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.sideEffects).toBe(false);
  });
});
