module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    // Tests that only run on some databases (ServeplanDatabase.test.ts: races need PostgreSQL).
    'jest/no-standalone-expect': [
      'error',
      { additionalTestBlockFunctions: ['itOnPostgres'] },
    ],
  },
});
