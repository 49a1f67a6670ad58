/**
 * Runs agora-token 2.0.6's express demo, server/DemoServer.js, the way its
 * README says to use it (fill in the App ID and certificate, then run it),
 * with two changes for a benchmark: it listens on 127.0.0.1 on a free port
 * instead of every interface on 8080, and it reports that port. Each edit
 * checks that the text it replaces is there, so a different file fails loudly.
 *
 * Usage: node demo-server.cjs <appId> <appCertificate>; prints "DEMO_LISTENING <port>".
 */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const [appId, appCertificate] = process.argv.slice(2);
if (!/^[0-9a-fA-F]{32}$/.test(appId ?? '') || !/^[0-9a-fA-F]{32}$/.test(appCertificate ?? '')) {
  console.error('usage: node demo-server.cjs <appId> <appCertificate>');
  process.exit(2);
}

const demoPath = require.resolve('agora-token/server/DemoServer.js');
let source = fs.readFileSync(demoPath, 'utf8');
function edit(from, to) {
  if (!source.includes(from)) throw new Error(`DemoServer.js no longer contains ${JSON.stringify(from)}`);
  source = source.replace(from, to);
}
edit('var appID = "<YOUR APP ID>";', `var appID = ${JSON.stringify(appId)};`);
edit('var appCertificate = "<YOUR APP CERTIFICATE>";', `var appCertificate = ${JSON.stringify(appCertificate)};`);
edit('var PORT = 8080;', 'var PORT = 0;');
edit(
  "http.createServer(app).listen(app.get('port'), function() {\n    console.log('AgoraSignServer starts at ' + app.get('port'));",
  "var server = http.createServer(app);\nserver.listen(app.get('port'), '127.0.0.1', function() {\n    console.log('DEMO_LISTENING ' + server.address().port);",
);

// Resolve the demo's `require`s from this package (where express 3.4.8 is installed), and
// `agora-access-token` to agora-token's own copy of it.
const shim = path.join(__dirname, 'agora-access-token-shim.cjs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'agora-access-token') return shim;
  return resolve.call(this, request, parent, ...rest);
};
const demo = new Module(demoPath, module);
demo.filename = demoPath;
demo.paths = Module._nodeModulePaths(__dirname);
demo._compile(source, demoPath);
