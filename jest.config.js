/** Unit and workflow tests run fast; integration tests start real servers (see tests/integration). */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testTimeout: 60_000,
  globalSetup: '<rootDir>/tests/globalSetup.ts',
};
