// Loads 'cookie' (ESM only) with Node's own require(), which Jest's loader cannot do (see jest.config.js);
// the built-in module comes from process.getBuiltinModule because Jest's require('node:module') would come back here.
// Named exports written out so that both require('cookie') and import('cookie') see them.
const cookie = process.getBuiltinModule('node:module').createRequire(require.resolve('@fastify/static'))('cookie');
exports.parseCookie = cookie.parseCookie;
exports.parseSetCookie = cookie.parseSetCookie;
exports.stringifyCookie = cookie.stringifyCookie;
exports.stringifySetCookie = cookie.stringifySetCookie;
