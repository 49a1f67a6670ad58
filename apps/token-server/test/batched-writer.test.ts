import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBatchedWriter } from '../src/runtime/batched-writer.js';

describe('createBatchedWriter', () => {
  afterEach(() => vi.useRealTimers());

  it('writes the lines of one interval together, each ending in a newline', async () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const writer = createBatchedWriter((text) => writes.push(text));
    writer.write('{"a":1}');
    await vi.advanceTimersByTimeAsync(10);
    writer.write('{"b":2}');
    expect(writes).toEqual([]);
    await vi.runAllTimersAsync();
    expect(writes).toEqual(['{"a":1}\n{"b":2}\n']);
    writer.write('{"c":3}');
    await vi.runAllTimersAsync();
    expect(writes).toEqual(['{"a":1}\n{"b":2}\n', '{"c":3}\n']);
  });

  it('writes at once past 64 KiB, and on flush()', () => {
    const writes: string[] = [];
    const writer = createBatchedWriter((text) => writes.push(text));
    writer.write('x'.repeat(70_000));
    expect(writes).toHaveLength(1);
    writer.write('last');
    writer.flush();
    expect(writes[1]).toBe('last\n');
    writer.flush();
    expect(writes).toHaveLength(2);
  });
});
