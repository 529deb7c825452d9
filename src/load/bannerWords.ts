// The words of the banner over a dataset that is not the built-in one: LoadedBanner's, and the early
// picture's copy of it (graph/picture/earlyPicture.ts), which must wrap to the same lines.
import type { Loaded } from './load';

export function bannerWords(kind: Loaded['kind']) {
  return {
    showing: 'Showing ',
    from: ', loaded from ',
    rest: `${kind === 'file' ? ' on this computer' : ''}: not the built-in dataset. Its statements are its author’s. `,
    link: 'Open the built-in dataset',
  };
}
