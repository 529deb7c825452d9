// Medians over runs and the markdown written to bench/results.md.
import { percentile, type Run } from './measure';
import { CATEGORIES, type Scores } from './lighthouse';

export type SizeResult = { size: number; nodes: number; edges: number; bytes: number; app: Run[]; bare: Run[]; note?: string };
export type Machine = { cpu: string; cores: number; memoryGiB: number; node: string; chromium: string; load: string; code: string };
export type LighthouseOutcome = { scores: Scores; version: string } | { error: string };

const median = (runs: Run[], key: keyof Omit<Run, 'view' | 'styleHash'>) => percentile(runs.map((run) => run[key]), 50);
const ms = (value: number) => (!Number.isFinite(value) ? 'n/a' : value >= 100 ? value.toFixed(0) : value.toFixed(1));
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function triple(result: SizeResult, key: keyof Omit<Run, 'view' | 'styleHash'>): string[] {
  const [app, bare] = [median(result.app, key), median(result.bare, key)];
  return [ms(app), ms(bare), ratio(app, bare)];
}

export function mainTable(results: SizeResult[]): string {
  const metrics = ['First contentful paint', 'Graph ready', 'Click → panel / div', 'Pan frame, median', 'Pan frame, p95'];
  const head = ['Actors', 'Runs', ...metrics.flatMap((m) => [`${m}: app`, 'bare', 'app/bare'])];
  const keys = ['fcp', 'ready', 'click', 'panMedian', 'panP95'] as const;
  return [
    row(head),
    row(head.map(() => '---:')),
    ...results.map((r) => row([r.size, `${r.app.length}+${r.bare.length}`, ...keys.flatMap((key) => triple(r, key))])),
  ].join('\n');
}

export function extraTable(results: SizeResult[]): string {
  const head = ['Actors', 'Nodes', 'Edges', 'JSON', 'Graph area, zoom', 'app-rendered mark: app', 'bare', 'Click → next frame: app', 'bare', 'app/bare', 'Pan: frames / drawn / ms, app', 'bare', 'Second pan, median / p95: app', 'bare'];
  return [
    row(head),
    row(head.map(() => '---:')),
    ...results.map((r) => {
      const view = r.app[0]?.view;
      const again = (runs: Run[]) => `${ms(median(runs, 'panAgainMedian'))} / ${ms(median(runs, 'panAgainP95'))}`;
      const pan = (runs: Run[]) => `${median(runs, 'panFrames')} / ${median(runs, 'panRenders')} / ${ms(median(runs, 'panTotal'))}`;
      return row([
        r.size,
        r.nodes,
        r.edges,
        `${(r.bytes / 1024 / 1024).toFixed(2)} MB`,
        view ? `${Math.round(view.width)}×${Math.round(view.height)}, ${view.zoom.toFixed(3)}` : 'n/a',
        ms(median(r.app, 'rendered')),
        ms(median(r.bare, 'rendered')),
        ...triple(r, 'clickPaint'),
        pan(r.app),
        pan(r.bare),
        again(r.app),
        again(r.bare),
      ]);
    }),
  ].join('\n');
}

export function markdown(date: string, machine: Machine, results: SizeResult[], lighthouse: LighthouseOutcome, notes: string[]): string {
  const lh =
    'error' in lighthouse
      ? `Lighthouse failed: ${lighthouse.error}`
      : [
          `Lighthouse ${lighthouse.version}, default (mobile) config, app's default view (built-in dataset):`,
          '',
          row(['Category', 'Score']),
          row(['---', '---:']),
          ...CATEGORIES.map((id) => row([id, lighthouse.scores[id] ?? 'n/a'])),
        ].join('\n');
  return [
    '# Benchmark results',
    '',
    `Date: ${date}  `,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(1)} GiB RAM, Node ${machine.node}, Chromium ${machine.chromium}  `,
    `Code: ${machine.code}  `,
    `Load average (1 min) before and after the page measurements: ${machine.load} (other work on the machine shows up in the numbers)`,
    '',
    'Times in ms. "app" is the Stancemap build; "bare" is bench/bare.html (the same elements and stylesheet drawn by plain Cytoscape).',
    '',
    mainTable(results),
    '',
    'More detail (medians, ms):',
    '',
    extraTable(results),
    '',
    lh,
    '',
    ...notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
}
