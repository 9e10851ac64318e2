// `npm run mp:preview`, step 1: the pages rendered to HTML under jsdom (scripts/mp-preview.sh).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest configs are CommonJS
const base = require('./jest.config.js').projects.find((p) => p.displayName === 'miniprogram');

/** @type {import('jest').Config} */
module.exports = { ...base, displayName: 'mp-preview', rootDir: __dirname, testMatch: ['**/preview/*.preview.ts'] };
