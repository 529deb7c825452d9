// Cytoscape is the heaviest part of the page, so it loads in its own chunk after the first paint.
// Until then (and on the server, when index.html is prerendered) the static picture stands in; no
// Suspense, so the server's HTML and the client's first render are the same and hydration is clean.
import { useEffect, useState, type ComponentProps } from 'react';
import type { GraphView as GraphViewType } from './GraphView';
import { StaticMap } from './StaticMap';

type Props = ComponentProps<typeof GraphViewType>;

export function LazyGraph(props: Props) {
  const [Graph, setGraph] = useState<typeof GraphViewType | null>(null);
  useEffect(() => {
    let mounted = true;
    void import('./GraphView').then((module) => mounted && setGraph(() => module.GraphView));
    return () => {
      mounted = false;
    };
  }, []);
  return Graph ? <Graph {...props} /> : <StaticMap index={props.index} />;
}
