import { defineRuntimeSuite } from './suite.js';

defineRuntimeSuite('deno', { stopsListeningAtOnce: false });
