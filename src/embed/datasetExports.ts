// The research formats (src/formats) for the share dialog: the view or the whole dataset, with the
// annotations pointing at this site's permalinks and archived texts. Each format's code is imported
// on click, so none of it is in the page's first chunk or the dialog's.
import { archiveText, type Loaded } from '../load/load';
import type { AnnotationLinks } from '../formats/annotations';
import type { Archives } from '../model/archives';
import type { Index } from '../model/relations';
import type { Dataset } from '../model/schema';
import { permalink } from '../url/useUrlSync';

export const DATASET_FORMATS = ['gexf', 'graphml', 'annotations', 'plover', 'xlsx'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

/** File name ending and media type of each format. */
export const FORMAT_FILES: Record<DatasetFormat, { extension: string; type: string }> = {
  gexf: { extension: 'gexf', type: 'application/gexf+xml' },
  graphml: { extension: 'graphml', type: 'application/graphml+xml' },
  annotations: { extension: 'annotations.jsonld', type: 'application/ld+json' },
  plover: { extension: 'plover.jsonl', type: 'application/jsonl' },
  xlsx: { extension: 'xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
};

/** Where an archived text is published: beside the built-in dataset under data/, or beside a ?data= file; a dropped file's path stays relative. */
function archiveUrl(loaded: Loaded, path: string): string {
  if (loaded.kind === 'built-in') return new URL(`data/${path}`, window.location.href).href;
  if (loaded.kind === 'url') return new URL(path, new URL(loaded.origin, window.location.href)).href;
  return path;
}

async function archivesOf(loaded: Loaded, dataset: Dataset): Promise<Archives> {
  const paths = [...new Set(dataset.sources.flatMap((s) => (s.archive ? [s.archive] : [])))];
  const texts = await Promise.all(paths.map(async (path) => [path, await archiveText(loaded, path)] as const));
  return new Map(texts.filter((entry): entry is readonly [string, string] => entry[1] !== undefined));
}

export async function datasetFile(format: DatasetFormat, index: Index, dataset: Dataset, loaded: Loaded): Promise<Blob> {
  const blob = (text: string) => new Blob([text], { type: FORMAT_FILES[format].type });
  switch (format) {
    case 'gexf':
      return blob((await import('../formats/gexf')).toGexf(dataset, new Date().toISOString().slice(0, 10)));
    case 'graphml':
      return blob((await import('../formats/graphml')).toGraphml(dataset));
    case 'plover':
      return blob((await import('../formats/plover')).toPloverLines(dataset));
    case 'xlsx':
      return (await import('../formats/workbook')).toWorkbook(dataset);
    case 'annotations': {
      const links: AnnotationLinks = {
        statement: (statement) => permalink(index, { kind: 'statement', id: statement.id }),
        archive: (source) => archiveUrl(loaded, source.archive!),
      };
      const { toAnnotations } = await import('../formats/annotations');
      return blob(`${JSON.stringify(toAnnotations(dataset, await archivesOf(loaded, dataset), links), null, 2)}\n`);
    }
  }
}
