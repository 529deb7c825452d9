import { describe, expect, it } from 'vitest';
import { graphToSvg } from './svg';
import { testGraph } from '../live/testMap';

describe('graphToSvg', () => {
  it('escapes the title and the labels, which are dataset text', () => {
    const { cy, index } = testGraph();
    // Headless Cytoscape computes no arrow endpoints: the actors alone carry the labels here.
    cy.edges().addClass('hidden');
    const svg = graphToSvg(cy, index.dataset.title);
    expect(svg).toContain('<title>A &lt;test&gt; map &amp; &quot;friends&quot;</title>');
    expect(svg).toContain('Alpha &lt;b&gt;bold&lt;/b&gt;');
    expect(svg).not.toMatch(/<b>|<test>/);
    // One outline per actor, each kind its own shape (scene/outlines.ts).
    expect(svg.match(/<ellipse /g)).toHaveLength(1);
    expect(svg.match(/<polygon /g)).toHaveLength(1);
    expect(svg.match(/<rect [^>]*rx="/g)).toHaveLength(1);
    expect(() => new DOMParserLike().check(svg)).not.toThrow();
  });
});

/** Well-formedness without a DOM: every tag opened is closed, in order. */
class DOMParserLike {
  check(svg: string) {
    const stack: string[] = [];
    for (const [, close, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
      if (selfClosing) continue;
      if (!close) stack.push(name);
      else if (stack.pop() !== name) throw new Error(`</${name}> closes nothing open`);
    }
    if (stack.length) throw new Error(`<${stack.at(-1)}> is never closed`);
  }
}
