// Embed options ride in the URL beside the view (?embed=1&panel=0&theme=dark&legend=0&title=0&scroll=1&id=x).
// They shape the frame, not the view, so a shared link keeps them and 'Open the full map' drops them.
// maxheight= is read by embed.js on the host page, which bounds the frame's height.
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export type EmbedOptions = {
  embed: boolean;
  panel: boolean;
  legend: boolean;
  /** The dataset's title as a headline above the map; title=0 when the article gives its own. */
  title: boolean;
  /** Wheel zoom from the start; otherwise only after the reader clicks into the map. */
  scroll: boolean;
  theme: Theme;
  /** Names this embed in resize messages, for hosts that run several (Datawrapper's resizer keys by id). */
  id: string;
  /** Set by a Pym.js parent (pym.Parent adds childId to the frame's address): its height messages go to it too. */
  pymId: string | null;
};

/** What an embed shows of each list before "Show all": a frame in an article must stay short. */
export const EMBED_FOLD = { relations: 4, remarks: 2 };

// Pym.js parents add the last four to the frame's address; the full view has no use for them.
const EMBED_KEYS = ['embed', 'panel', 'legend', 'title', 'scroll', 'theme', 'id', 'maxheight', 'childId', 'initialWidth', 'parentTitle', 'parentUrl'];
const off = (value: string | null) => value === '0' || value === 'false';
const on = (value: string | null) => value === '1' || value === 'true';

export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  return {
    embed: on(params.get('embed')),
    panel: !off(params.get('panel')),
    legend: !off(params.get('legend')),
    title: !off(params.get('title')),
    scroll: on(params.get('scroll')),
    theme: THEMES.includes(theme as Theme) ? (theme as Theme) : 'light',
    id: params.get('id')?.replace(/[^\w-]/g, '') || 'stancemap',
    pymId: params.get('childId')?.replace(/[^\w-]/g, '') || null,
  };
}

/** The same address without the embed options: the full view of what the embed shows. */
export function withoutEmbed(href: string): string {
  const url = new URL(href);
  for (const key of EMBED_KEYS) url.searchParams.delete(key);
  return url.toString();
}

/** 'auto' follows the reader's system setting, read once at load. */
export function resolveTheme(theme: Theme): 'light' | 'dark' {
  if (theme !== 'auto') return theme;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
