// Loads 'content-disposition' with Node's own require(), which handles ESM (see jest.config.js).
module.exports = process.getBuiltinModule('node:module').createRequire(require.resolve('@fastify/static'))('content-disposition');
