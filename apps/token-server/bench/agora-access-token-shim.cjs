// DemoServer.js requires `agora-access-token`, the package's name before 2.0. agora-token 2.0.6 ships
// the same AccessToken (006) builders under src/; this module gives them the old package's export names.
const { RtcTokenBuilder, Role: RtcRole } = require('agora-token/src/RtcTokenBuilder.js');
const { RtmTokenBuilder, Role: RtmRole } = require('agora-token/src/RtmTokenBuilder.js');

module.exports = { RtcTokenBuilder, RtmTokenBuilder, RtcRole, RtmRole };
