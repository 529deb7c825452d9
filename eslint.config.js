import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The architecture (README, "Code map"), held by lint: each entry forbids imports that would tie two
 * concerns together. Patterns match the import as written, relative to the importing file.
 */
const forbid = (from, message) => ({ regex: `^(\\.\\.?/)+(${from.join('|')})(/|$)`, message });
const BROWSER = ['app', 'graph', 'panel', 'store', 'url', 'embed', 'authoring', 'reader', 'editor', 'load', 'util', 'ui'];
// Globals that tie code to a page or a worker: src/model runs the same in Node, a worker and the build.
const PAGE_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'fetch', 'Worker', 'self', 'location'].map((name) => ({
  name,
  message: 'src/model and src/formats are pure: no page, worker or network globals (getting data in is src/load).',
}));
// Pure code (the model, and the export formats built on it) runs the same in Node, a worker and the build.
const PURE_PATTERNS = [
  forbid(BROWSER, 'src/model and src/formats are pure data code: they import no React, store, graph, loading or UI module.'),
  { group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'cytoscape', 'react-cytoscapejs'], message: 'src/model and src/formats import no React, zustand or Cytoscape.' },
  { group: ['virtual:*'], message: 'src/model and src/formats import no build-time virtual module: the built-in dataset comes in through src/load.' },
];
const CYTOSCAPE = ['cytoscape', 'cytoscape-*', 'react-cytoscapejs'];

/**
 * src/graph's parts: scene/ is pure geometry (no Cytoscape, no React, no store) so it runs in Node,
 * workers and the build; picture/ draws from the scene and never pulls in Cytoscape; live/ owns the
 * Cytoscape instance; layout/ and export/ stay apart from the live view. A later entry for the same
 * files replaces an earlier one's options, so each part repeats the rule for all of src/graph.
 */
function graphBoundaries() {
  const page = forbid(['panel', 'app', 'authoring', 'embed', 'reader', 'editor'], 'The graph renders the map only: it imports no panel or page code.');
  const parts = (names, message) => forbid(names, message);
  return [
    { files: ['src/graph/**'], patterns: [page] },
    {
      files: ['src/graph/scene/**'],
      patterns: [
        page,
        parts(['live', 'picture', 'layout', 'export', 'store', 'url', 'load'], 'graph/scene is pure geometry: it imports only the model and itself.'),
        { group: [...CYTOSCAPE, 'react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'], message: 'graph/scene imports no Cytoscape, React or zustand.' },
      ],
    },
    {
      files: ['src/graph/picture/**'],
      patterns: [
        page,
        parts(['live', 'layout', 'export'], 'A picture is drawn from the scene alone: it never loads the live graph.'),
        { group: CYTOSCAPE, message: 'A picture never pulls in Cytoscape: it is on screen before it loads.' },
      ],
    },
    { files: ['src/graph/layout/**', 'src/graph/export/**'], patterns: [page, parts(['picture'], 'Layout and export draw nothing of their own on the page: they import no picture.')] },
  ];
}

const boundaries = [
  // One entry per file set: a later entry's rule would replace an earlier one's, not add to it.
  { files: ['src/model/**'], patterns: [...PURE_PATTERNS, forbid(['formats'], 'src/model knows no export format; src/formats builds on the model.')], globals: PAGE_GLOBALS },
  { files: ['src/formats/**'], patterns: PURE_PATTERNS, globals: PAGE_GLOBALS },
  { files: ['src/load/**'], patterns: [forbid(['app', 'graph', 'panel', 'embed', 'authoring', 'reader', 'editor', 'url'], 'Loading gets a dataset in and checks it; it imports the model, never a view.')] },
  { files: ['src/ui/**'], patterns: [forbid(BROWSER.filter((folder) => folder !== 'ui'), 'Shared UI pieces take what they show as props: they import no app code.')] },
  { files: ['src/util/**'], patterns: [forbid(BROWSER.filter((folder) => folder !== 'util'), 'Utilities know nothing of the app: scheduling and workers only.')] },
  { files: ['src/panel/**'], patterns: [forbid(['graph', 'editor'], 'The panel never imports the graph: both read ids from the store (STYLE.md, "Panel reads ids").')] },
  { files: ['src/reader/**'], patterns: [forbid(['graph', 'panel', 'app', 'authoring', 'embed', 'editor'], 'The source reader reads ids from the store and data from the model; it imports no other view.')] },
  ...graphBoundaries(),
  { files: ['src/store/**'], patterns: [forbid(['app', 'graph', 'panel', 'url', 'embed', 'authoring', 'reader', 'editor'], 'The store holds ids and flags; it imports nothing but model types.')] },
  { files: ['src/url/**'], patterns: [forbid(['app', 'graph', 'panel', 'embed', 'authoring', 'reader', 'editor'], 'URL state is the store and the model; it imports no view.')] },
  // The editor works on the data and the store; of the graph it reads only the drawn positions (instance.ts).
  { files: ['src/editor/**'], patterns: [forbid(['panel', 'reader', 'embed', 'app'], 'The editor imports no other view; it changes the data and the store.'), { group: ['../graph/**', '!../graph/live', '../graph/live/*', '!../graph/live/instance'], message: 'Of the graph, the editor reads only graph/live/instance.ts.' }] },
  {
    files: ['scripts/**'],
    patterns: [forbid(BROWSER.filter((folder) => folder !== 'load').map((folder) => `src/${folder}`), 'Command-line scripts import only src/model, src/formats and src/load (no browser code).')],
  },
  // The legibility check measures with the layout's own pure geometry and times its Node-safe layout.
  {
    files: ['scripts/legibility.ts', 'scripts/legibility/**'],
    patterns: [
      forbid(BROWSER.filter((folder) => folder !== 'load' && folder !== 'graph').map((folder) => `src/${folder}`), 'Command-line scripts import only src/model and src/load (no browser code).'),
      { regex: '^(\\.\\.?/)+src/graph/(?!layout/(forceLayout|layoutQuality)$)', message: 'Of the graph, the legibility check imports only layout/forceLayout and layout/layoutQuality (pure, Node-safe).' },
    ],
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.stancemap-*'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      // Type-aware rules (no-floating-promises) read the project's tsconfig.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A promise nobody awaits loses its error: an "Opening…" that never clears, a silent failure.
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  ...boundaries.map(({ files, patterns, globals: restricted }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns }], ...(restricted ? { 'no-restricted-globals': ['error', ...restricted] } : {}) },
  })),
);
