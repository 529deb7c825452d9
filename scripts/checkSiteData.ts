// The check a build runs on the dataset it was given with STANCEMAP_DATA (scripts/siteData.ts loads
// this module through Vite's module runner, so the Vite config itself imports no project code).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { archivePaths, collectArchives } from '../src/model/archives';
import { formatProblem, type Problem } from '../src/model/problems';
import { parseJson, validateDataset } from '../src/model/validate';
import { readText } from './files';

/** Every problem that stops a build around the dataset at `file`, and its warnings, as `given: path: message` lines. */
export function checkSiteData(file: string, given = file): { errors: string[]; warnings: string[] } {
  if (!existsSync(file) || statSync(file).isDirectory()) return { errors: [`${given}: no such file (STANCEMAP_DATA names the dataset to build the site around)`], warnings: [] };
  const { raw, error } = parseJson(readFileSync(file, 'utf8'));
  if (error) return { errors: [`${given}: ${error}`], warnings: [] };
  const { problems } = validateDataset(raw, collectArchives(raw, (path) => readText(resolve(dirname(file), path))));
  // Archives are published beside the dataset under data/, so one outside its folder has nowhere to go.
  const outside = archivePaths(raw)
    .filter((path) => isAbsolute(path) || relative(dirname(file), resolve(dirname(file), path)).startsWith('..'))
    .map((path): Problem => ({ path: 'sources', message: `archive "${path}" is outside the dataset's folder, so it cannot be published beside it under data/`, level: 'error' }));
  const lines = (level: Problem['level']) => [...problems, ...outside].filter((p) => p.level === level).map((p) => `${given}: ${formatProblem(p)}`);
  return { errors: lines('error'), warnings: lines('warning') };
}
