// Downloads of the current view: the map as PNG or SVG, the visible statements as CSV or JSON.
// The exporters are imported on click, so papaparse and the SVG writer stay out of the main bundle.
import { useState } from 'react';
import { downloadBlob, fileSlug } from '../authoring/download';
import { graphPng, graphSvg } from '../graph/export/image';
import { makeVisibility } from '../model/filter';
import type { Index } from '../model/relations';
import { useStore } from '../store/useStore';

type Format = 'png' | 'svg' | 'csv' | 'json';

const BUTTONS: Array<{ format: Format; text: string; name: string }> = [
  { format: 'png', text: 'PNG', name: 'Download PNG' },
  { format: 'svg', text: 'SVG', name: 'Download SVG' },
  { format: 'csv', text: 'CSV', name: 'Download statements as CSV' },
  { format: 'json', text: 'JSON', name: 'Download statements as JSON' },
];

/** The file for one format, or null when there is no map on screen to draw from. */
async function build(format: Format, index: Index): Promise<Blob | null> {
  if (format === 'csv' || format === 'json') {
    const { exportRows, toCsv, toJson } = await import('../model/statementRows');
    // Read at click time, so the file matches the filters the reader sees now.
    const { hiddenStances, asOf } = useStore.getState();
    const rows = exportRows(index, index.dataset.statements.filter(makeVisibility(index, { hiddenStances, asOf })));
    return format === 'csv'
      ? new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' })
      : new Blob([toJson(rows)], { type: 'application/json' });
  }
  if (format === 'png') return graphPng();
  const svg = await graphSvg(index.dataset.title);
  return svg === null ? null : new Blob([svg], { type: 'image/svg+xml' });
}

export function ExportButtons({ index }: { index: Index }) {
  const [status, setStatus] = useState('');
  const download = async (format: Format) => {
    try {
      const blob = await build(format, index);
      if (!blob) return setStatus('The map is not ready yet.');
      downloadBlob(`${fileSlug(index.dataset.title)}.${format}`, blob);
      setStatus('');
    } catch (error) {
      // A chunk that fails to load (a deploy replaced it, the network dropped) should not fail silently.
      console.warn('Export failed', error);
      setStatus('The download could not be made. Reload the page and try again.');
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label="Download">
      {BUTTONS.map(({ format, text, name }) => (
        <button key={format} type="button" className="small-button" aria-label={name} onClick={() => void download(format)}>
          {text}
        </button>
      ))}
      <span role="status">{status}</span>
    </div>
  );
}
