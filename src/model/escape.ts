// Dataset text is untrusted: one escaper for every place it is written into HTML or XML (the SVG
// export, the embed snippets, the prerendered page's title).

// XML 1.0 forbids most control characters even when escaped, so they are dropped.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g; // eslint-disable-line no-control-regex

/** Text safe inside an element or a double-quoted attribute, of HTML or XML. */
export function escapeXml(text: string): string {
  return text.replace(CONTROL, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
