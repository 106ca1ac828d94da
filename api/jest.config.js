// API tests: the real Nest app over HTTP against a real PostgreSQL (see test/setup).
const shim = (name) => `<rootDir>/test/shims/${name}.cjs`;

export default {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // ESM-only packages required from CommonJS dependencies: Node can require() them, Jest's loader cannot.
    '^content-disposition$': shim('content-disposition'),
    '^cookie$': shim('cookie'),
  },
  globalSetup: '<rootDir>/test/setup/global-setup.mjs',
  globalTeardown: '<rootDir>/test/setup/global-teardown.mjs',
  testTimeout: 30000,
};
