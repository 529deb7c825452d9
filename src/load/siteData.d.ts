// The site's own dataset and its archived texts, chosen at build time (scripts/siteData.ts).
declare module 'virtual:stancemap/dataset' {
  const dataset: unknown;
  export default dataset;
}
declare module 'virtual:stancemap/archives' {
  const archives: Map<string, () => Promise<string>>;
  export default archives;
}
// The phone's map height for the site's dataset, as a stylesheet (src/graph/fittedCss.ts).
declare module 'virtual:stancemap/fitted.css';
