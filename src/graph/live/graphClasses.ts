// How the view state shows on the canvas: as classes and edge data. Restyling an element is the
// expensive part in Cytoscape (about 0.1 ms each here), so a change restyles only what changes.
import type { CollectionReturnValue as Elements, Core, EdgeCollection, EdgeSingular, SingularElementArgument } from 'cytoscape';
import { visibleWeights, type Filter } from '../../model/filter';
import { splitWeight } from '../../model/provenance';
import { pairId } from '../../model/pairs';
import { statementRelations, type Index } from '../../model/relations';
import type { Selection } from '../../model/selection';
import { layoutLabels } from './fit';
import { pairViews } from '../scene/pairEdges';

/** Scratch key: whether this map draws as a big one (toElements' isLargeIndex), set on mount. */
export const LARGE = 'stancemapLarge';
export const isLargeCy = (cy: Core) => cy.scratch(LARGE) === true;

const byIds = (cy: Core, ids: Iterable<string>) => {
  let found = cy.collection();
  for (const id of ids) found = found.union(cy.getElementById(id));
  return found;
};

/** The pairs a selection opens into one arrow per stance: a relation's two directions, a statement's pairs. */
function openedPairs(index: Index, selection: Selection): string[] {
  if (selection?.kind === 'relation') return [pairId(selection.from, selection.to), pairId(selection.to, selection.from)];
  if (selection?.kind !== 'statement') return [];
  const statement = index.statements.get(selection.id);
  return statement ? statementRelations(statement).map((id) => pairId(index.relations.get(id)!.from, index.relations.get(id)!.to)) : [];
}

/** The canvas elements a selection points at: a node, or the stance arrows of a relation or statement. */
export function selectedElements(cy: Core, index: Index, selection: Selection): Elements {
  if (!selection) return cy.collection();
  if (selection.kind === 'actor') return cy.getElementById(selection.id);
  // Big maps have no stance arrows: the pair's own arrow stands for them.
  const large = isLargeCy(cy);
  if (selection.kind === 'relation') {
    if (large) return cy.getElementById(pairId(selection.from, selection.to));
    return byIds(cy, (index.pairs.get(pairId(selection.from, selection.to))?.relations ?? []).map((r) => r.id));
  }
  const statement = index.statements.get(selection.id);
  const ids = statement ? statementRelations(statement) : [];
  return large ? byIds(cy, ids.map((id) => pairId(index.relations.get(id)!.from, index.relations.get(id)!.to))) : byIds(cy, ids);
}

/**
 * Whether an element is drawn. Cytoscape's visible() keeps a cached answer that a class change
 * inside a batch can leave stale (a pair's stances just opened read as hidden, and the selection's
 * own arrows were faded until something else cleared the cache): the display property is current.
 */
export const isDrawn = (ele: SingularElementArgument): boolean =>
  ele.style('display') !== 'none' && (ele.isNode() || ((ele as EdgeSingular).source().style('display') !== 'none' && (ele as EdgeSingular).target().style('display') !== 'none'));

/** What stays in full around a focus: a node's drawn neighbourhood, or an edge's two ends and what joins them. */
export function focusArea(target: Elements): Elements {
  const drawn = (edges: EdgeCollection) => edges.filter(isDrawn);
  if (target.nodes().nonempty()) {
    const edges = drawn(target.connectedEdges());
    return target.union(edges).union(edges.connectedNodes());
  }
  const ends = target.connectedNodes();
  return target.cy().collection().union(ends).union(drawn(ends.edgesWith(ends)));
}

/**
 * Dims everything outside a focus with one class. Moving the focus restyles only the elements
 * entering or leaving it; only switching the spotlight on or off touches every element.
 */
export class Spotlight {
  private focus: Elements | null = null;
  private readonly large: boolean;
  constructor(private readonly cy: Core, private readonly className: string) {
    this.large = isLargeCy(cy);
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

/** What markSelected last marked, so the next call touches only what changes. */
export type Marked = { selected: Elements; open: Elements };

/**
 * Marks the selection, and opens the pairs it concerns into one arrow per stance. Given what it
 * marked last, it restyles only the elements whose classes change (a query for the old ones would
 * visit every element).
 */
export function markSelected(cy: Core, index: Index, selection: Selection, last?: Marked): Marked {
  const target = selectedElements(cy, index, selection);
  const opened = isLargeCy(cy) ? cy.collection() : byIds(cy, openedPairs(index, selection));
  const openedStances = opened.reduce((all, pair) => all.union(byIds(cy, (index.pairs.get(pair.id())?.relations ?? []).map((r) => r.id))), cy.collection());
  const open = opened.union(openedStances);
  const before = last ?? { selected: cy.elements('.selected'), open: cy.elements('.open') };
  cy.batch(() => {
    before.selected.difference(target).removeClass('selected');
    target.difference(before.selected).addClass('selected');
    before.open.difference(open).removeClass('open');
    open.difference(before.open).addClass('open');
  });
  return { selected: target, open };
}

const toggle = (edge: EdgeSingular, name: string, on: boolean) => edge.hasClass(name) !== on && edge.toggleClass(name, on);

/** Hidden stances and the 'as of' day: arrows without visible statements go, the rest are re-weighted and relabelled. */
export function applyFilter(cy: Core, index: Index, filter: Filter): void {
  const weights = visibleWeights(index, filter);
  const views = pairViews(index, weights);
  const active = new Set<string>();
  for (const id of weights.keys()) {
    const relation = index.relations.get(id)!;
    active.add(relation.from).add(relation.to);
  }
  let relabel = false;
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      if (edge.hasClass('pair')) {
        const view = views.get(edge.id()) ?? null;
        toggle(edge, 'hidden', view === null);
        if (!view) return;
        const lines = edge.data('lines') as string[];
        if (view.weight !== edge.data('weight') || view.tone !== edge.data('tone') || view.inferred !== edge.data('inferred') || view.lines.join('\n') !== lines.join('\n')) {
          edge.data({ weight: view.weight, tone: view.tone, lines: view.lines, inferred: view.inferred });
          relabel = true;
        }
        return;
      }
      const split = weights.get(edge.id());
      toggle(edge, 'hidden', split === undefined);
      if (split === undefined) return;
      // Under a filter a stance may rest only on inferences, and is then drawn as the editors' reading.
      const weight = splitWeight(split);
      const inferred = split.named === 0;
      if (edge.data('weight') !== weight || edge.data('inferred') !== inferred) edge.data({ weight, inferred });
    });
    cy.nodes().forEach((node) => {
      const isolated = !active.has(node.id());
      if (node.hasClass('isolated') !== isolated) node.toggleClass('isolated', isolated);
    });
  });
  // Hidden arrows free room for other labels; changed ones need room of their own.
  if (relabel || cy.edges('.pair.hidden').nonempty() || cy.edges('.pair[label = ""]').nonempty()) layoutLabels(cy);
}
