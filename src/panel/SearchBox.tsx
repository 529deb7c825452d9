import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Index } from '../model/relations';
import { hiddenFromVisible } from '../model/filter';
import { useStore } from '../store/useStore';
import type { Result, search as Search } from '../model/search';

// The search code loads when a reader first focuses the box (or opens with ?q=), not with the page.
let loaded: typeof Search | null = null;
const loadSearch = () => import('../model/search').then((module) => (loaded = module.search));

/** A combobox over actors, people and quotes: `/` focuses it, arrows move, Enter picks, Escape closes. */
export function SearchBox({ index }: { index: Index }) {
  const query = useStore((s) => s.query);
  const setQuery = useStore((s) => s.setQuery);
  // A shared link with ?q= opens with its results showing.
  const [open, setOpen] = useState(query !== '');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState<typeof Search | null>(() => loaded);
  const ensureSearch = () => {
    if (!search) void loadSearch().then((found) => setSearch(() => found));
  };
  useEffect(() => {
    if (query.trim() !== '' && !search) void loadSearch().then((found) => setSearch(() => found));
  }, [query, search]);
  const groups = useMemo(() => (search ? search(index, query) : []), [search, index, query]);
  const results = groups.flatMap((g) => g.results);
  const showing = open && query.trim() !== '';

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing = target.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const pick = (result: Result) => {
    const { selectActor, selectRelation, selectStatement, setHiddenStances } = useStore.getState();
    if (result.kind === 'actor') selectActor(result.id);
    if (result.kind === 'person') selectActor(index.people.get(result.id)!.actor);
    // A stance shows the map with that stance alone; the legend says so and brings the others back.
    if (result.kind === 'stance') setHiddenStances(hiddenFromVisible(index, [result.id]));
    if (result.kind === 'relation') {
      const relation = index.relations.get(result.id)!;
      selectRelation(relation.from, relation.to);
    }
    if (result.kind === 'statement') selectStatement(result.id);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (step: number) => {
      event.preventDefault();
      setOpen(true);
      if (results.length) setActive((i) => (i + step + results.length) % results.length);
    };
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter' && showing && results[active]) {
      event.preventDefault();
      pick(results[active]);
    } else if (event.key === 'Escape' && (showing || query)) {
      // Escape closes the results first; the selection is only cleared by an Escape outside the box.
      event.stopPropagation();
      if (showing) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="search" role="search">
      <label htmlFor="search-input" className="sr-only">Search actors, people, stances and quotes</label>
      <input
        id="search-input"
        ref={input}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search actors, people, stances, quotes"
        aria-keyshortcuts="/"
        aria-autocomplete="list"
        aria-controls="search-results"
        aria-expanded={showing && results.length > 0}
        aria-activedescendant={showing && results[active] ? `search-option-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          ensureSearch();
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-key" aria-hidden="true">/</kbd>
      <div id="search-results" role="listbox" aria-label="Search results" className="search-results" hidden={!showing || !results.length}>
        {groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`search-group-${group.kind}`}>
            <div id={`search-group-${group.kind}`} role="presentation" className="search-group-title">{group.title}</div>
            {group.results.map((result) => {
              const i = results.indexOf(result);
              return (
                <div
                  key={result.id}
                  id={`search-option-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className="search-option"
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => pick(result)}
                >
                  <span className="search-label">{result.label}</span>
                  {result.detail && <span className="search-detail">{result.detail}</span>}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {showing && search && !results.length && <p className="search-empty" role="status">No matches for “{query.trim()}”</p>}
    </div>
  );
}
