/** Unit and workflow tests run fast; integration tests start real servers (see tests/integration);
 *  workspace component tests (tests/ui/*.test.tsx) render react-admin widgets in jsdom. */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest'],
    '^.+\\.m?js$': ['@swc/jest'],
    '^.+\\.tsx$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }],
  },
  // Libraries of the workspace published only as ES modules, compiled for jest's CommonJS runtime.
  transformIgnorePatterns: ['/node_modules/(?!(react-hotkeys-hook|@xyflow|d3-[a-z-]+|internmap)/)'],
  moduleNameMapper: { '\\.css$': '<rootDir>/tests/ui/support/styleStub.js' },
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
  setupFiles: ['<rootDir>/tests/ui/support/jsdomGlobals.ts'],
  // Every answer the tests receive is checked against the OpenAPI document.
  setupFilesAfterEnv: ['<rootDir>/tests/support/openApiResponses.ts'],
  testTimeout: 60_000,
  // Two test files at a time even on two cores: most of an integration test's time is spent waiting
  // on Temporal and PostgreSQL round trips, and jest's default (cores − 1) ran the files one by one.
  maxWorkers: 2,
  globalSetup: '<rootDir>/tests/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/globalTeardown.ts',
};
