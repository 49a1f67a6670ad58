// pnpm check:exports [--write]: each published package's package.json, jsr.json and
// tsup.config.ts describe the same entry points; --write copies package.json's version into jsr.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['core', 'node', 'web', 'deno'];
const write = process.argv.includes('--write');

type ExportTarget = string | { [condition: string]: ExportTarget };
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** Every file an export map points at, with the subpath it serves. */
function targets(exports: Record<string, ExportTarget> | string, prefix = ''): [subpath: string, file: string][] {
  if (typeof exports === 'string') return [['.', exports]];
  return Object.entries(exports).flatMap(([key, value]) => {
    const subpath = key.startsWith('.') ? key : prefix;
    return typeof value === 'string' ? [[subpath, value] as [string, string]] : targets(value, subpath);
  });
}

interface TsupConfig {
  entry: Record<string, string> | string[];
  format?: string | string[];
  dts?: unknown;
}

/** A config's entries by output name. Array entries (e.g. `src/**\/*.ts` with `bundle: false`) are named after their path under src/. */
function entries(dir: string, config: TsupConfig): [string, string][] {
  if (!Array.isArray(config.entry)) return Object.entries(config.entry);
  const literal = config.entry.filter((e) => !e.includes('*'));
  const index = config.entry.some((e) => e.includes('*') && 'src/index.ts'.startsWith(e.slice(0, e.indexOf('*'))) && existsSync(join(dir, 'src/index.ts')));
  return [...literal.map((e) => [e.replace(/^(\.\/)?src\//, '').replace(/\.tsx?$/, ''), e] as [string, string]), ...(index ? [['index', 'src/index.ts'] as [string, string]] : [])];
}

/** The files tsup writes for each entry, per its config (one object or a list; formats esm/cjs; dts). */
async function tsupOutputs(dir: string): Promise<Map<string, { source: string; files: Set<string> }>> {
  const loaded = (await import(pathToFileURL(join(dir, 'tsup.config.ts')).href)).default;
  const configs: TsupConfig[] = [loaded].flat();
  const type = readJson(join(dir, 'package.json')).type;
  const outputs = new Map<string, { source: string; files: Set<string> }>();
  for (const config of configs) {
    const formats: string[] = [config.format ?? 'cjs'].flat();
    for (const [name, source] of entries(dir, config)) {
      const subpath = name === 'index' ? '.' : `./${name}`;
      const output = outputs.get(subpath) ?? { source: `./${source.replace(/^\.\//, '')}`, files: new Set<string>() };
      for (const format of formats) {
        // tsup names ESM `.js` and CJS `.cjs` in a "type": "module" package; declarations follow suit.
        const ext = format === 'esm' ? (type === 'module' ? 'js' : 'mjs') : type === 'module' ? 'cjs' : 'js';
        output.files.add(`./dist/${name}.${ext}`);
        if (config.dts) output.files.add(`./dist/${name}.d.${ext === 'js' ? 'ts' : ext === 'cjs' ? 'cts' : 'mts'}`);
      }
      outputs.set(subpath, output);
    }
  }
  return outputs;
}

const problems: string[] = [];
for (const name of PACKAGES) {
  const dir = join(root, 'packages', name);
  const pkg = readJson(join(dir, 'package.json'));
  const where = `packages/${name}`;
  const pkgTargets = targets(pkg.exports).filter(([subpath]) => subpath !== './package.json');
  const subpaths = [...new Set(pkgTargets.map(([s]) => s))].sort();

  if (existsSync(join(dir, 'tsup.config.ts'))) {
    const outputs = await tsupOutputs(dir);
    const entrySubpaths = [...outputs.keys()].sort();
    if (subpaths.join() !== entrySubpaths.join()) problems.push(`${where}: package.json exports ${subpaths.join(', ')} but tsup builds ${entrySubpaths.join(', ')}`);
    for (const [subpath, file] of pkgTargets) {
      if (!outputs.get(subpath)?.files.has(file)) problems.push(`${where}: exports["${subpath}"] points at ${file}, which tsup does not write`);
    }
    for (const [subpath, { files }] of outputs) {
      for (const file of files) if (!pkgTargets.some(([s, f]) => s === subpath && f === file)) problems.push(`${where}: tsup writes ${file} but exports["${subpath}"] does not point at it`);
    }
    for (const field of ['main', 'module', 'types'] as const) {
      if (pkg[field] && !outputs.get('.')?.files.has(pkg[field])) problems.push(`${where}: "${field}" ${pkg[field]} is not a file tsup writes for "."`);
    }
    if (pkg.sideEffects !== false) problems.push(`${where}: "sideEffects": false is missing, so bundlers cannot drop unused builders`);
  }

  const jsrPath = join(dir, 'jsr.json');
  if (!existsSync(jsrPath)) continue;
  const jsr = readJson(jsrPath);
  if (jsr.name !== pkg.name) problems.push(`${where}: jsr.json name ${jsr.name} ≠ package.json name ${pkg.name}`);
  if (jsr.version !== pkg.version) {
    if (write) {
      writeFileSync(jsrPath, JSON.stringify({ ...jsr, version: pkg.version }, null, 2) + '\n');
      console.log(`${where}: jsr.json version ${jsr.version} → ${pkg.version}`);
    } else problems.push(`${where}: jsr.json version ${jsr.version} ≠ package.json version ${pkg.version} (run with --write)`);
  }
  const jsrTargets = targets(jsr.exports);
  const jsrSubpaths = jsrTargets.map(([s]) => s).sort();
  if (jsrSubpaths.join() !== subpaths.join()) problems.push(`${where}: jsr.json exports ${jsrSubpaths.join(', ')} but package.json exports ${subpaths.join(', ')}`);
  // JSR publishes sources: each subpath's module must be the source tsup builds it from (or, with no build, the one package.json names).
  const outputs = existsSync(join(dir, 'tsup.config.ts')) ? await tsupOutputs(dir) : undefined;
  for (const [subpath, file] of jsrTargets) {
    const expected = outputs ? outputs.get(subpath)?.source : pkgTargets.find(([s]) => s === subpath)?.[1];
    if (file !== expected) problems.push(`${where}: jsr.json exports["${subpath}"] is ${file}, expected ${expected}`);
    if (!existsSync(join(dir, file))) problems.push(`${where}: jsr.json exports["${subpath}"] ${file} does not exist`);
  }
}

for (const problem of problems) console.log(`FAIL  ${problem}`);
console.log(problems.length === 0 ? `ok    exports agree in ${PACKAGES.map((p) => `packages/${p}`).join(', ')}` : `${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
