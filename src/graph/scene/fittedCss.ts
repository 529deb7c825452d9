// The phone's map height for a dataset, as a stylesheet rule. The build puts it in the page's
// stylesheet (virtual:stancemap/fitted.css, scripts/siteData.ts), so the page has it before any
// script runs and the map's box does not change size (a layout shift) when the app takes over.
import { buildIndex } from '../../model/relations';
import type { Dataset } from '../../model/schema';
import { fittedStageHeight } from './staticScene';

export function fittedCss(text: string): string {
  let height: string | null = null;
  try {
    height = fittedStageHeight(buildIndex(JSON.parse(text) as Dataset));
  } catch {
    // A broken dataset has no height to give: the build's check reports it.
  }
  // App.tsx sets the same value on the element once it runs, and 'initial' for a dataset without one.
  return height ? `.graph { --fitted-height: ${height}; }\n` : '';
}
