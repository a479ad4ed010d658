import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // The JSON report lets .ci/run print a plain `N passed, N failed` line.
    reporters: ['default', 'json'],
    outputFile: {json: '.vitest/results.json'},
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'tools/content/**/*.ts'],
      // The bin shim only hands process.argv to runCli; test/dist.test.ts runs it as a process.
      exclude: ['src/cli.ts', 'src/generated/**'],
      thresholds: {lines: 100, branches: 100, functions: 100, statements: 100},
      reporter: ['text-summary', 'text'],
    },
  },
})
