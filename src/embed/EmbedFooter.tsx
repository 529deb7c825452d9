import { useStore } from '../store/useStore';
import type { Index } from '../model/relations';
import { DatasetFacts } from '../authoring/DatasetFacts';
import { serializeView } from '../url/urlState';
import { withoutEmbed } from './embedOptions';
import { publishers } from '../model/format';

/** The embed's credit line: whose words, how many sources, and a link to the same view outside the frame. */
export function EmbedFooter({ index }: { index: Index }) {
  // Re-rendered on any view change, so the link always opens what the reader sees now.
  const search = useStore((s) => serializeView(s, index, window.location.search));
  const href = withoutEmbed(new URL(search || '?', window.location.href).toString()).replace(/\?$/, '');
  return (
    <footer className="footer embed-footer">
      <p className="footer-facts">
        <span className="brand">Stancemap</span>
        <span className="embed-credit">Quotes from {publishers(index)}</span>
      </p>
      <DatasetFacts index={index} />
      <a className="full-view" href={href} target="_blank" rel="noopener noreferrer">
        Open the full map <span aria-hidden="true">↗</span>
      </a>
    </footer>
  );
}
