// A ?data= map's picture before the app has loaded. public/early-data.js fetches the dataset, marks
// the page so that styles hide the built-in dataset's content in the prerendered page (its frame
// stays) and imports this entry, which paints the map into that frame's map box, the box the app
// will give it, so the app's own picture and then the live graph take over without a jump. The
// dataset is not checked yet (the app validates it, then shows it or its problems): the page says so
// for as long as this picture stands. Its own small entry, with neither React nor the validator; the
// app's entry starts once this picture is drawn (early-data.js), so nothing else holds it back.
import { bannerWords } from '../../load/bannerWords';
import { drawable } from './earlyIndex';
import { fittedStageHeight } from '../scene/staticScene';
import { drawPicture } from './paint';

type Early = { href: string; origin: string; text: Promise<string | null> };

const page = document.documentElement;

/** The banner LoadedBanner shows for a dataset from an address, so the map box sits where the app's will. */
function banner(title: string, origin: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'banner';
  element.setAttribute('role', 'note');
  const words = bannerWords('url');
  const p = document.createElement('p');
  const link = Object.assign(document.createElement('a'), { href: './', textContent: words.link });
  p.append(words.showing, Object.assign(document.createElement('strong'), { textContent: title }), words.from, Object.assign(document.createElement('code'), { textContent: origin }), words.rest, link);
  element.append(p);
  return element;
}

/** The map box's status line: what the page waits for, then what this picture is. */
function note(shell: HTMLElement, text: string) {
  let element = shell.querySelector('.early-note');
  if (!element) {
    element = Object.assign(document.createElement('p'), { className: 'early-note' });
    element.setAttribute('role', 'status');
    shell.querySelector('.stage')!.append(element);
  }
  element.textContent = text;
}

async function draw() {
  const early = (window as { stancemapEarlyData?: Early }).stancemapEarlyData;
  if (!early || page.dataset.early !== 'loading') return;
  // early-data.js runs before the page is parsed: the frame is there once the parser is done.
  if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('readystatechange', resolve, { once: true }));
  const shell = document.querySelector<HTMLElement>('#root[data-prerendered] > .app');
  const host = shell?.querySelector('.graph-host');
  if (!shell || !host) return;
  // The app waits for this picture, so the page says what it waits for while the dataset arrives.
  note(shell, `Loading ${early.origin}…`);
  const text = await early.text;
  if (text === null) return;
  const index = drawable(text);
  if (!index) return;
  shell.querySelector('.masthead h1')!.textContent = index.dataset.title;
  shell.querySelector('.masthead')!.after(banner(index.dataset.title, early.origin));
  // As App sets it: the phone's map box fits this dataset's drawing.
  shell.querySelector<HTMLElement>('section.graph')!.style.setProperty('--fitted-height', fittedStageHeight(index) ?? 'initial');
  const canvas = Object.assign(document.createElement('canvas'), { className: 'static-map' });
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `Map of ${index.dataset.title}, not yet checked`);
  host.querySelector('.static-map')?.remove();
  host.prepend(canvas);
  if (!drawPicture(canvas, index, 'light', { handOver: true })) return;
  note(shell, 'Not checked yet: checking the dataset…');
  page.dataset.early = 'picture';
  // For the benchmark, as its baselines mark theirs: the canvas holds the map, the browser paints it next.
  performance.mark('stancemap:graph-pixels');
}

// Whatever goes wrong here, the app still loads the dataset and reports it: this picture only goes first.
const drawn = draw().catch((error: unknown) => console.warn('The early map picture was not drawn:', error));
// early-data.js starts the app once this has settled. A global, not an export: the build keeps no entry's exports.
(window as { stancemapEarlyDrawn?: Promise<void> }).stancemapEarlyDrawn = drawn;
