export { zlibDeflate } from './deflate.js';
export { zlibInflate } from './inflate.js';
