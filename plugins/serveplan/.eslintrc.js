module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  overrides: [
    {
      // Tests load the real knowledge base from kb/ through the node library (jest runs in
      // Node); the plugin's own code gets it from the backend's /kb endpoint.
      files: ['src/**/__testUtils__/**', 'src/**/*.test.*'],
      rules: { '@backstage/no-mixed-plugin-imports': 'off' },
    },
  ],
});
