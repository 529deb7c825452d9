// How the view state shows on the canvas: as classes and edge weights. Restyling an element is the
// expensive part in Cytoscape (about 0.1 ms each here), so a focus change restyles only what changes.
import type { CollectionReturnValue as Elements, Core, NodeSingular } from 'cytoscape';
import { visibleWeights, type Filter } from '../model/filter';
import { statementRelations, type Index } from '../model/relations';
import type { Selection } from '../model/selection';

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
export function focusArea(target: Elements): Elements {
  if (target.nodes().nonempty()) {
    const edges = target.connectedEdges().not('.hidden');
    return target.union(edges).union(edges.connectedNodes());
  }
  const ends = target.connectedNodes();
  return target.cy().collection().union(ends).union(ends.edgesWith(ends).not('.hidden'));
}

/**
 * Above this many elements, dimming the rest of the map restyles too much to stay fluid (the
 * benchmark: seconds per hover at 10,000 actors), so big maps only mark the selection itself.
 */
export const LARGE_GRAPH = 6000;
export const isLarge = (cy: Core) => cy.elements().length > LARGE_GRAPH;

/**
 * Dims everything outside a focus with one class. Moving the focus restyles only the elements
 * entering or leaving it; only switching the spotlight on or off touches every element.
 */
export class Spotlight {
  private focus: Elements | null = null;
  private readonly large: boolean;
  constructor(private readonly cy: Core, private readonly className: string) {
    this.large = isLarge(cy);
  }

  show(area: Elements | null): void {
    const { cy, className } = this;
    if (area && this.large) return;
    cy.batch(() => {
      if (!area || area.empty()) {
        if (this.focus) cy.elements(`.${className}`).removeClass(className);
        this.focus = null;
        return;
      }
      if (this.focus) this.focus.difference(area).addClass(className);
      else cy.elements().difference(area).addClass(className);
      area.removeClass(className);
      this.focus = area;
    });
  }
}

export function markSelected(cy: Core, index: Index, selection: Selection): Elements {
  const target = selectedElements(cy, index, selection);
  cy.batch(() => {
    cy.elements('.selected').difference(target).removeClass('selected');
    target.addClass('selected');
  });
  return target;
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
      if (edge.hasClass('hidden') !== (weight === undefined)) edge.toggleClass('hidden', weight === undefined);
      if (weight !== undefined && edge.data('weight') !== weight) edge.data('weight', weight);
    });
    cy.nodes().forEach((node) => {
      const isolated = !active.has(node.id());
      if (node.hasClass('isolated') !== isolated) node.toggleClass('isolated', isolated);
    });
  });
}
