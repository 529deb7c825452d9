// Saving a file from the page: arrange mode's dataset and the exports share one way of doing it.

/** A file name from a dataset title: "Stancemap seed: the call" -> "stancemap-seed-the-call". */
export const fileSlug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'stancemap';

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download only after the click handler returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
