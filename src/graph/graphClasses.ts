// How the view state shows on the canvas: as classes and edge weights, applied in one batch each.
// Elements are looked up by id or by adjacency, never by scanning every edge.
import type { CollectionReturnValue as Elements, Core, NodeSingular } from 'cytoscape';
import { visibleWeights, type Filter } from '../model/filter';
import { statementRelations, type Index } from '../model/relations';
import type { Selection } from '../store/useStore';

/** The canvas elements a selection points at. */
export function selectedElements(cy: Core, index: Index, selection: Selection): Elements {
  if (!selection) return cy.collection();
  if (selection.kind === 'actor') return cy.getElementById(selection.id);
  if (selection.kind === 'relation') {
    return cy.collection().union((cy.getElementById(selection.from) as NodeSingular).edgesTo(cy.getElementById(selection.to)));
  }
  const statement = index.statements.get(selection.id);
  const ids = statement ? statementRelations(statement) : [];
  return ids.reduce<Elements>((found, id) => found.union(cy.getElementById(id)), cy.collection());
}

/** What stays in full around a focus: a node's visible neighbourhood, or an edge's two ends and what joins them. */
function focusArea(target: Elements): Elements {
  if (target.nodes().nonempty()) {
    const edges = target.connectedEdges().not('.hidden');
    return target.union(edges).union(edges.connectedNodes());
  }
  const ends = target.connectedNodes();
  return target.cy().collection().union(ends).union(ends.edgesWith(ends).not('.hidden'));
}

export function applySelection(cy: Core, index: Index, selection: Selection): void {
  cy.batch(() => {
    cy.elements('.selected, .faded').removeClass('selected faded');
    const target = selectedElements(cy, index, selection);
    if (target.empty()) return;
    target.addClass('selected');
    cy.elements().difference(focusArea(target)).addClass('faded');
  });
}

/** Hovering previews a focus without changing the selection. */
export function applyHover(cy: Core, target: Elements | null): void {
  cy.batch(() => {
    cy.elements('.dim').removeClass('dim');
    if (!target || target.empty()) return;
    cy.elements().difference(focusArea(target)).addClass('dim');
  });
}

/** Hidden stances and the 'as of' day: edges without visible statements go, the rest are re-weighted. */
export function applyFilter(cy: Core, index: Index, filter: Filter): void {
  const weights = visibleWeights(index, filter);
  const active = new Set<string>();
  for (const id of weights.keys()) {
    const relation = index.relations.get(id)!;
    active.add(relation.from).add(relation.to);
  }
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const weight = weights.get(edge.id());
      edge.toggleClass('hidden', weight === undefined);
      if (weight !== undefined && edge.data('weight') !== weight) edge.data('weight', weight);
    });
    cy.nodes().forEach((node) => {
      node.toggleClass('isolated', !active.has(node.id()));
    });
  });
}
