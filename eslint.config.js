import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * Layers import one way: http → gateway → protocol → services → store/events/clock, and
 * src/common/ is importable by all while importing nothing else of ours. Each folder below names the
 * folders it must not reach; a pattern matches a relative specifier with that folder as a path segment.
 */
const LAYER_BANS = {
  'src/common/**': ['http', 'gateway', 'protocol', 'services', 'store', 'events', 'clock', 'runtimes', 'cloudformation', 'console'],
  'src/gateway/**': ['http'],
  'src/protocol/**': ['http', 'gateway', 'services', 'cloudformation', 'console'],
  'src/services/**': ['http', 'gateway', 'protocol', 'cloudformation', 'console'],
  'src/store/**': ['http', 'gateway', 'protocol', 'services', 'runtimes', 'cloudformation', 'console'],
  'src/events/**': ['http', 'gateway', 'protocol', 'services', 'runtimes', 'cloudformation', 'console'],
  'src/clock/**': ['http', 'gateway', 'protocol', 'services', 'runtimes', 'cloudformation', 'console'],
};

function layerRule(files, banned) {
  const regex = `^\\.{1,2}/(?:\\.\\./)*(?:src/)?(?:${banned.join('|')})(?:/|$)`;
  return {
    files: [`${files.replace(/\*\*$/, '')}**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex, message: `${files.split('/')[1]}/ may not import ${banned.join(', ')} (DESIGN.md: dependencies point one way).` }],
      }],
    },
  };
}

// Just enough Node globals for the plain .js/.mjs scripts; TypeScript checks the rest.
const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'setInterval',
    'clearInterval', 'setImmediate', 'fetch', 'TextEncoder', 'TextDecoder', 'structuredClone'].map((name) => [name, 'readonly']),
);

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'models/', '**/*.generated.ts', '.nimbus/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], languageOptions: { globals: NODE_GLOBALS } },
  ...Object.entries(LAYER_BANS).map(([files, banned]) => layerRule(files, banned)),
);
