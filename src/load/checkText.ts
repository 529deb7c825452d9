// A fetched dataset's text checked as the app shows it: parsed, its archived texts fetched from
// beside it (from its own origin only), validated. In a Web Worker (checkWorker.ts), or on the page.
import { archivePaths, isHtmlPage, type Archives } from '../model/archives';
import { parseJson, validateDataset, type Report } from '../model/validate';

export type Checked = { report: Report; archives: Archives } | { error: string };

export async function checkText(text: string, href: string): Promise<Checked> {
  const { raw, error } = parseJson(text);
  if (error) return { error };
  const url = new URL(href);
  const archives: Archives = new Map();
  await Promise.all(
    archivePaths(raw).map(async (path) => {
      const target = new URL(path, url);
      // An archive elsewhere is left unread, and the validator reports it as missing.
      if (target.origin !== url.origin) return;
      const response = await fetch(target).catch(() => null);
      if (!response?.ok) return;
      const text = await response.text().catch(() => undefined);
      if (text !== undefined && !isHtmlPage(text, response.headers.get('content-type') ?? '')) archives.set(path, text);
    }),
  );
  return { report: validateDataset(raw, archives), archives };
}
