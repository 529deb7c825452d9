// The one hand-over between the early script (earlyData.ts, which runs before the page is parsed)
// and what comes after it: the early picture (graph/picture/earlyPicture.ts), the app (loadUrl.ts) and
// the picture's taps (graph/picture/pictureTaps.ts).
import type { Checked } from './checkText';

/** The fetch the early script began for a ?data= address, and the check its worker began. */
export type EarlyData = {
  /** The address fetched, resolved against the page. */
  href: string;
  /** The ?data= value as written, which the banner shows. */
  origin: string;
  response: Promise<Response>;
  /** The body, read once for the early picture and the app alike; null for an HTTP error. */
  text: Promise<string | null>;
  /** In the build: the check of that body, in a worker started beside the fetch. */
  checked?: Promise<Checked>;
  /** Stops the download: the loading note's Cancel (load/cancelLoad.ts). */
  abort?: () => void;
};

/** A tap on the prerendered picture: an actor's group, or an arrow's ends. */
export type Tap = { actor?: string | null; from?: string | null; to?: string | null };

/** What a tapped element of the picture names, or null for anything else. */
export function tapOf(element: Element | null): Tap | null {
  const drawn = element?.closest('svg.static-map [data-actor], svg.static-map [data-from]');
  return drawn ? { actor: drawn.getAttribute('data-actor'), from: drawn.getAttribute('data-from'), to: drawn.getAttribute('data-to') } : null;
}

declare global {
  interface Window {
    stancemapEarlyData?: EarlyData;
    /** The last tap on the picture before the app had mounted (kept by earlyData.ts, answered by graph/picture/pictureTaps.ts). */
    stancemapEarlyTap?: Tap;
    /** Set once the app answers taps itself, so the early script stops keeping them. */
    stancemapTapsAnswered?: boolean;
    /** Settles once the early picture is drawn or will not be; the app's entry waits for it. */
    stancemapEarlyDrawn?: Promise<void>;
  }
}

/** The early script's fetch, if it began one for this very address; taken once, by the app. */
export function takeEarlyData(href: string): EarlyData | undefined {
  const early = window.stancemapEarlyData;
  if (early?.href !== href) return undefined;
  delete window.stancemapEarlyData;
  return early;
}
