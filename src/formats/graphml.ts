// GraphML (http://graphml.graphdrawing.org), which NetworkX, igraph and yEd read: actors as nodes,
// one edge per stance arrow, every attribute declared with its type. Pure.
import type { Dataset } from '../model/schema';
import { EDGE_ATTRIBUTES, graphFacts, NODE_ATTRIBUTES, xmlText } from './graphFacts';

const GRAPHML_TYPE: Record<string, string> = { string: 'string', integer: 'int', boolean: 'boolean', double: 'double' };
const NODE_KEYS = [['label', 'string'], ...NODE_ATTRIBUTES] as const;
const EDGE_KEYS = [['label', 'string'], ['weight', 'double'], ...EDGE_ATTRIBUTES] as const;

const key = (kind: 'node' | 'edge', [name, type]: readonly [string, string]) =>
  `  <key id="${kind}_${name}" for="${kind}" attr.name="${name}" attr.type="${GRAPHML_TYPE[type]}"/>`;

const data = (kind: 'node' | 'edge', item: Record<string, unknown>, keys: ReadonlyArray<readonly [string, string]>) =>
  keys.map(([name]) => `<data key="${kind}_${name}">${xmlText(item[name] as string)}</data>`).join('');

export function toGraphml(dataset: Dataset): string {
  const facts = graphFacts(dataset);
  const nodes = facts.nodes.map((n) => `    <node id="${xmlText(n.id)}">${data('node', n, NODE_KEYS)}</node>`);
  const edges = facts.edges.map((e) => `    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${data('edge', e, EDGE_KEYS)}</edge>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <desc>${xmlText(`${facts.title}: ${facts.description}`)}</desc>
${NODE_KEYS.map((k) => key('node', k)).join('\n')}
${EDGE_KEYS.map((k) => key('edge', k)).join('\n')}
  <graph id="stancemap" edgedefault="directed">
${nodes.join('\n')}
${edges.join('\n')}
  </graph>
</graphml>
`;
}
