// GEXF 1.3 (https://gexf.net), the format Gephi reads natively: actors as nodes, one edge per stance
// arrow with its attributes. Each edge starts on the first day it stands on the map (timeformat
// "date"), so Gephi's timeline plays the map as the app's 'as of' does. Pure.
import type { Dataset } from '../model/schema';
import { EDGE_ATTRIBUTES, graphFacts, NODE_ATTRIBUTES, xmlText } from './graphFacts';

const GEXF_TYPE: Record<string, string> = { string: 'string', integer: 'integer', boolean: 'boolean' };

function declarations(kind: 'node' | 'edge', attributes: ReadonlyArray<readonly [string, string]>): string {
  const lines = attributes.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${GEXF_TYPE[type]}"/>`);
  return `    <attributes class="${kind}" mode="static">\n${lines.join('\n')}\n    </attributes>`;
}

function values(item: Record<string, unknown>, attributes: ReadonlyArray<readonly [string, string]>): string {
  const lines = attributes.map(([id]) => `<attvalue for="${id}" value="${xmlText(item[id] as string)}"/>`);
  return `<attvalues>${lines.join('')}</attvalues>`;
}

/** `today`: the file's last-modified date (YYYY-MM-DD), given by the caller so the output is reproducible. */
export function toGexf(dataset: Dataset, today: string): string {
  const facts = graphFacts(dataset);
  const nodes = facts.nodes.map((n) => `      <node id="${xmlText(n.id)}" label="${xmlText(n.label)}">${values(n, NODE_ATTRIBUTES)}</node>`);
  const edges = facts.edges.map(
    (e) =>
      `      <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" label="${xmlText(e.label)}" weight="${e.weight}" start="${e.firstDay}">${values(e, EDGE_ATTRIBUTES)}</edge>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta lastmodifieddate="${xmlText(today)}">
    <creator>Stancemap</creator>
    <description>${xmlText(`${facts.title}: ${facts.description}`)}</description>
  </meta>
  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
${declarations('node', NODE_ATTRIBUTES)}
${declarations('edge', EDGE_ATTRIBUTES)}
    <nodes>
${nodes.join('\n')}
    </nodes>
    <edges>
${edges.join('\n')}
    </edges>
  </graph>
</gexf>
`;
}
