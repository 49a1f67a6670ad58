import { defineRuntimeSuite } from './suite.js';

defineRuntimeSuite('node', { stopsListeningAtOnce: true });
