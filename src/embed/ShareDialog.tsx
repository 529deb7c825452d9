import type { Index } from '../model/relations';
import { CopyActions } from '../panel/CopyActions';
import { ExportButtons } from './ExportButtons';
import { withoutEmbed } from './embedOptions';
import { iframeSnippet, scriptSnippet } from './snippets';
import { pageTitle } from '../model/format';
import { Modal } from '../ui/Modal';

type Props = { index: Index; onClose: () => void };

/** The link to this view, two ways to embed it, and downloads of what it shows. */
export default function ShareDialog({ index, onClose }: Props) {
  const link = withoutEmbed(window.location.href);
  // The page's own title form, so a dataset titled "Stancemap …" is not named twice.
  const title = pageTitle(index.dataset.title);

  const field = (id: string, label: string, value: string, hint: string, copy: string) => (
    <div className="share-field">
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>{hint}</p>
      <textarea id={id} readOnly value={value} rows={value.length > 90 ? 3 : 1} aria-describedby={`${id}-hint`} onFocus={(e) => e.currentTarget.select()} />
      <CopyActions items={[{ label: copy, done: 'Copied', text: () => value }]} />
    </div>
  );

  return (
    <Modal className="share-dialog" labelledBy="share-title" head={<h2 id="share-title">Share and embed</h2>} closeLabel="Close" onClose={onClose}>
      {field('share-link', 'Link to this view', link, 'Opens the map exactly as you see it now.', 'Copy link')}
      {field('share-iframe', 'Embed with an iframe', iframeSnippet(link, title), 'Paste into any page. Fixed height; fine for most sites.', 'Copy iframe code')}
      {field('share-script', 'Embed with a script (resizes itself)', scriptSnippet(link, title), 'The frame grows and shrinks with its content. The script loads only from this site.', 'Copy script code')}
      <h3>Download</h3>
      <ExportButtons index={index} />
    </Modal>
  );
}
