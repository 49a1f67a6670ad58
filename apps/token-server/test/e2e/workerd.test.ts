import { defineRuntimeSuite } from './suite.js';

// The Workers platform drains isolates itself; there is no signal to send on workerd.
defineRuntimeSuite('workerd', null);
