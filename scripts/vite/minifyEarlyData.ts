// public/early-data.js runs on every page, ahead of the app: copied, not bundled, it would ship with
// its comments. The build minifies the copy (the development server serves it as written).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify, type Plugin } from 'vite';

export const minifyEarlyData = (): Plugin => ({
  name: 'stancemap-minify-early-data',
  apply: 'build',
  async writeBundle({ dir }) {
    const file = join(dir!, 'early-data.js');
    const { code, errors } = await minify('early-data.js', readFileSync(file, 'utf8'), { compress: true, mangle: true });
    if (errors.length) throw new Error(`early-data.js: ${errors.map((error) => error.message).join('; ')}`);
    writeFileSync(file, code);
  },
});
