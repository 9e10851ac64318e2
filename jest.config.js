const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }];

/** @type {import('jest').Config} */
module.exports = {
  // Two cores here; more workers only fight over FerretDB.
  maxWorkers: 2,
  testTimeout: 30000,
  projects: [
    {
      displayName: 'server',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/miniprogram/'],
      transform: { '^.+\\.ts$': swc },
      setupFiles: ['<rootDir>/test/support/require-services.ts'],
    },
    {
      // The mini-program's pages under miniprogram-simulate: jsdom, the WeChat globals faked, and
      // fake timers (the quiz countdown) in this project only.
      displayName: 'miniprogram',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/miniprogram'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': swc },
      // simulate requires a page by its extension-less path; jest then finds the .ts.
      moduleFileExtensions: ['ts', 'js', 'json'],
      setupFiles: ['<rootDir>/test/miniprogram/support/setup.ts'],
      fakeTimers: { enableGlobally: true },
    },
  ],
};
