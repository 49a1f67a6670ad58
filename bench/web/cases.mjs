// Runtime-neutral: the candidates and the timing loop, shared by the Node and the Chromium run.
import { APP_CERTIFICATE, APP_ID, N, channels, uids } from '../src/inputs.mjs';
import { createDigestHmacProvider } from './digest-hmac.mjs';

/** The ways to build a 007 RTC token with @agorakey/web (each takes the next input). */
export function webCandidates(web) {
  const providers = {
    'portable': web.portableWebProvider,
    'SubtleCrypto importKey+sign (default)': web.subtleWebProvider,
    'subtle.digest HMAC': createDigestHmacProvider(web.portableWebProvider.randomUint32),
  };
  return Object.entries(providers).map(([name, crypto]) => {
    const api = web.createAgoraKey({ crypto });
    let i = 0;
    return {
      name: `@agorakey/web ${name}`,
      run: () => {
        i = (i + 1) & (N - 1);
        return api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, channels[i], uids[i], 1, 3600, 3600);
      },
    };
  });
}

/** Sequential calls (each awaited) for `ms`: tokens per second, best of `rounds` after a warm-up. */
export async function throughput(run, { ms = 1000, rounds = 2 } = {}) {
  const once = async (duration) => {
    let count = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < duration) {
      for (let k = 0; k < 16; k++) await run();
      count += 16;
      elapsed = performance.now() - start;
    }
    return (count * 1000) / elapsed;
  };
  await once(200);
  let best = 0;
  for (let r = 0; r < rounds; r++) best = Math.max(best, await once(ms));
  return best;
}

/** 64 calls in flight at a time: what a server handling concurrent requests sees. */
export async function concurrentThroughput(run, { ms = 1000 } = {}) {
  return throughput(() => Promise.all(Array.from({ length: 64 }, run)), { ms }).then((batches) => batches * 64);
}

export async function measureAll(candidates, options) {
  const rows = [];
  for (const c of candidates) {
    const sequential = await throughput(c.run, options);
    const concurrent = await concurrentThroughput(c.run, options);
    rows.push({ candidate: c.name, 'tokens/s': Math.round(sequential), 'µs/token': +(1e6 / sequential).toFixed(2), 'tokens/s, 64 in flight': Math.round(concurrent) });
  }
  return rows;
}
