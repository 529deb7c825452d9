// The view as a readable URL: ?actor=china, ?from=china&to=russia, ?statement=<id>, ?stance=a,b
// (the visible stances), ?asof=2022-02-24, ?q=<search>, ?view=list. Pure functions: parse what the
// URL says, clean it against the loaded data, and serialize a view back, keeping any other parameter.
import { hiddenFromVisible, visibleFromHidden } from '../model/filter';
import type { Index } from '../model/relations';
import { isRealDate } from '../model/dates';
import { knownSelection, namedSelection } from '../model/selection';
import { initialState, VIEWS, type View, type ViewState } from '../store/useStore';

const VIEW_KEYS = ['actor', 'from', 'to', 'statement', 'stance', 'asof', 'q', 'view'];

/** What the URL asks for, not yet checked against the data. `visibleStances` null means no filter. */
export type UrlView = Omit<ViewState, 'hiddenStances'> & { visibleStances: string[] | null };

export function parseUrl(search: string): UrlView {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(key)?.trim() || null;
  const [actor, from, to, statement] = ['actor', 'from', 'to', 'statement'].map(get);
  const stance = params.get('stance');
  const view = get('view');
  return {
    selection: namedSelection({ actor, from, to, statement }),
    visibleStances: stance === null ? null : stance.split(',').map((s) => s.trim()).filter(Boolean),
    asOf: get('asof'),
    query: params.get('q') ?? '',
    view: VIEWS.includes(view as View) ? (view as View) : 'graph',
  };
}

/** Drops whatever the data does not know, quietly, and keeps the rest of the view. */
export function cleanView(url: UrlView, index: Index): ViewState {
  const visible = (url.visibleStances ?? []).filter((id) => index.stances.has(id));
  return {
    selection: knownSelection(index, url.selection),
    // A stance list naming no known stance is treated as no filter rather than as 'hide everything'.
    hiddenStances: visible.length ? hiddenFromVisible(index, visible) : [],
    asOf: url.asOf && isRealDate(url.asOf) ? url.asOf : null,
    query: url.query,
    view: url.view,
  };
}

// Commas and slug characters stay readable; everything else is percent-encoded.
const encode = (value: string) => encodeURIComponent(value).replace(/%2C/gi, ',');

/** The query string for a view. Parameters that are not part of the view (data, embed, ...) are kept first. */
export function serializeView(view: ViewState, index: Index, currentSearch = ''): string {
  const pairs: [string, string][] = [];
  new URLSearchParams(currentSearch).forEach((value, key) => {
    if (!VIEW_KEYS.includes(key)) pairs.push([key, value]);
  });
  const { selection } = view;
  if (selection?.kind === 'actor') pairs.push(['actor', selection.id]);
  if (selection?.kind === 'relation') pairs.push(['from', selection.from], ['to', selection.to]);
  if (selection?.kind === 'statement') pairs.push(['statement', selection.id]);
  if (view.hiddenStances.length) {
    pairs.push(['stance', visibleFromHidden(index, view.hiddenStances).join(',')]);
  }
  if (view.asOf) pairs.push(['asof', view.asOf]);
  if (view.query) pairs.push(['q', view.query]);
  if (view.view !== initialState.view) pairs.push(['view', view.view]);
  return pairs.length ? `?${pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&')}` : '';
}
