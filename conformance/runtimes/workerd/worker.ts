// The conformance suite inside workerd, started by `workerd test`; no nodejs_compat flag, so only Web APIs exist.
import vectors from 'vectors';
import * as web from '@agorakey/web';
import { conform, withProvider } from '../../src/conform.js';

export default {
  async test(_controller: unknown, env: { CHECKS: string; LABEL: string }): Promise<void> {
    const targets = [
      { label: `${env.LABEL} @agorakey/web`, adapter: web },
      { label: `${env.LABEL} @agorakey/web portable`, adapter: withProvider(web, web.portableWebProvider) },
    ];
    console.log((await conform(targets, vectors, env.CHECKS)).lines.join('\n'));
  },
};
