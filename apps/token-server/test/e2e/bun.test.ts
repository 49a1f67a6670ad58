import { defineRuntimeSuite } from './suite.js';

defineRuntimeSuite('bun', { stopsListeningAtOnce: true });
