// Downloads from the share dialog: the map as PNG or SVG, the statements as CSV or JSON, and the
// formats research tools read (Gephi, NetworkX, annotation clients, event-data pipelines, Excel), of
// the view or of the whole dataset. The exporters are imported on click, so none of them is in the
// main bundle.
import { useState } from 'react';
import { downloadBlob, fileSlug } from '../authoring/download';
import { graphPng, graphSvg } from '../graph/export/image';
import type { Loaded } from '../load/load';
import { makeVisibility } from '../model/filter';
import type { Index } from '../model/relations';
import type { Dataset } from '../model/schema';
import { useStore } from '../store/useStore';
import { datasetFile, FORMAT_FILES, type DatasetFormat } from './datasetExports';

type Format = 'png' | 'svg' | 'csv' | 'json' | DatasetFormat;
type Scope = 'view' | 'all';

const PICTURES: Array<{ format: Format; text: string; name: string }> = [
  { format: 'png', text: 'PNG', name: 'Download PNG' },
  { format: 'svg', text: 'SVG', name: 'Download SVG' },
];
const DATA: Array<{ format: Format; text: string; name: string; hint: string }> = [
  { format: 'csv', text: 'CSV', name: 'Download statements as CSV', hint: 'Statements with full citations' },
  { format: 'json', text: 'JSON', name: 'Download statements as JSON', hint: 'The same rows as CSV' },
  { format: 'gexf', text: 'GEXF', name: 'Download as GEXF for Gephi', hint: 'Gephi; dated arrows play on its timeline' },
  { format: 'graphml', text: 'GraphML', name: 'Download as GraphML', hint: 'NetworkX, igraph, yEd' },
  { format: 'annotations', text: 'Annotations', name: 'Download as W3C Web Annotations', hint: 'JSON-LD; each quote anchored in its archived source' },
  { format: 'plover', text: 'Events', name: 'Download as PLOVER-style event records', hint: 'JSON Lines, one record per statement' },
  { format: 'xlsx', text: 'Excel', name: 'Download as an Excel workbook', hint: 'Opens again with npm run import or Open file' },
];

/** The statements the reader sees now (read at click time, so the file matches the filters on screen). */
function scoped(index: Index, scope: Scope): Dataset {
  if (scope === 'all') return index.dataset;
  const { hiddenStances, asOf } = useStore.getState();
  return { ...index.dataset, statements: index.dataset.statements.filter(makeVisibility(index, { hiddenStances, asOf })) };
}

/** The file for one format, or null when there is no map on screen to draw from. */
async function build(format: Format, index: Index, scope: Scope, loaded: Loaded): Promise<Blob | null> {
  if (format === 'png') return graphPng();
  if (format === 'svg') {
    const svg = await graphSvg(index.dataset.title);
    return svg === null ? null : new Blob([svg], { type: 'image/svg+xml' });
  }
  const dataset = scoped(index, scope);
  if (format === 'csv' || format === 'json') {
    const { exportRows, toCsv, toJson } = await import('../model/statementRows');
    const rows = exportRows(index, dataset.statements);
    return format === 'csv' ? new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }) : new Blob([toJson(rows)], { type: 'application/json' });
  }
  return datasetFile(format, index, dataset, loaded);
}

const extension = (format: Format) => (format in FORMAT_FILES ? FORMAT_FILES[format as DatasetFormat].extension : format);

export function ExportButtons({ index, loaded }: { index: Index; loaded: Loaded }) {
  const [status, setStatus] = useState('');
  const [scope, setScope] = useState<Scope>('view');
  const download = async (format: Format) => {
    try {
      const blob = await build(format, index, scope, loaded);
      if (!blob) return setStatus('The map is not ready yet.');
      const suffix = scope === 'all' && !PICTURES.some((p) => p.format === format) ? '-whole-dataset' : '';
      downloadBlob(`${fileSlug(index.dataset.title)}${suffix}.${extension(format)}`, blob);
      setStatus('');
    } catch (error) {
      // A chunk that fails to load (a deploy replaced it, the network dropped), or data a format cannot hold, is said.
      console.warn('Export failed', error);
      const reason = error instanceof Error && error.message.startsWith('statement "') ? error.message : 'Reload the page and try again.';
      setStatus(`The download could not be made. ${reason}`);
    }
  };
  const button = ({ format, text, name }: { format: Format; text: string; name: string }) => (
    <button key={format} type="button" className="small-button" aria-label={name} onClick={() => void download(format)}>
      {text}
    </button>
  );
  return (
    <div className="export-downloads" role="group" aria-label="Download">
      <div className="export-buttons">
        <span className="export-label">Map</span>
        {PICTURES.map(button)}
      </div>
      <fieldset className="export-scope">
        <legend>Statements and data</legend>
        <label><input type="radio" name="export-scope" checked={scope === 'view'} onChange={() => setScope('view')} /> This view (the filters applied)</label>
        <label><input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} /> The whole dataset</label>
      </fieldset>
      <ul className="export-formats" aria-label="Download statements and data">
        {DATA.map((item) => (
          <li key={item.format}>
            {button(item)}
            <span className="hint">{item.hint}</span>
          </li>
        ))}
      </ul>
      <span role="status">{status}</span>
    </div>
  );
}
