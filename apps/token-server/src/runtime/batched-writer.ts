export interface BatchedWriter {
  /** Queues one log line (without its newline). */
  write(line: string): void;
  /** Writes everything queued now; call it before the process exits. */
  flush(): void;
}

// Past this many queued characters the batch is written at once rather than on the next turn.
const MAX_BATCH_CHARS = 64 * 1024;

/**
 * Joins log lines into one write per event-loop turn. One access-log line per
 * request written on its own costs a system call per request (stdout to a
 * pipe or file is synchronous in Node); batched, it costs one per turn.
 */
export function createBatchedWriter(writeOut: (text: string) => void): BatchedWriter {
  let queued: string[] = [];
  let size = 0;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (queued.length === 0) return;
    const text = `${queued.join('\n')}\n`;
    queued = [];
    size = 0;
    writeOut(text);
  };
  return {
    write(line) {
      queued.push(line);
      size += line.length + 1;
      if (size >= MAX_BATCH_CHARS) flush();
      else if (!scheduled) {
        scheduled = true;
        setTimeout(flush, 0);
      }
    },
    flush,
  };
}
