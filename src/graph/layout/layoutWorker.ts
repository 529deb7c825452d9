// The force layout off the page's thread: a big map takes seconds to arrange (minutes on the main
// thread once froze the tab), and meanwhile the panel, search and list view must stay usable.
import { forceLayout, type LayoutInput } from './forceLayout';

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  self.postMessage(forceLayout(event.data));
};
