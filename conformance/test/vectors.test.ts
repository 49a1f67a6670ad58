import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as node from '@agorakey/node';
import { formatReport, runSuite } from '../src/suite.js';
import { parseVectors } from '../src/vectors.js';

const vectors = parseVectors(readFileSync(new URL('../vectors/go-reference-vectors.jsonl', import.meta.url), 'utf8'));

describe('Go reference vectors through @agorakey/node (sources)', () => {
  it('holds 1,140 cases', () => {
    expect(vectors).toHaveLength(1140);
    expect(vectors.filter((v) => v.version === '006')).toHaveLength(180);
  });

  it('passes every check on every case', async () => {
    const result = await runSuite(node, vectors);
    const report = formatReport(result, 'node-src').join('\n');
    expect(result.failed, report).toBe(0);
    expect(result.perCheck.token.passed).toBe(1140);
    expect(result.perCheck.builder.passed).toBe(1140 - 120);
  });
});
