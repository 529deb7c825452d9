// The one hand-over between the early script (earlyData.ts, which runs before the page is parsed)
// and what comes after it: the early picture (graph/picture/earlyPicture.ts) and the app (loadUrl.ts).
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
};

declare global {
  interface Window {
    stancemapEarlyData?: EarlyData;
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
