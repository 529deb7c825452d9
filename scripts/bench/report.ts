// Medians over runs and the markdown written to bench/results.md: one table per figure, each page
// on the desktop and as a mid-range phone (4x CPU throttling), with the app's ratio to each baseline.
import { percentile, type Kind, type Run } from './measure';
import { CATEGORIES, type LighthouseRun } from './lighthouse';

export type Runs = Record<Kind, Run[]>;
export type SizeResult = { size: number; nodes: number; edges: number; bytes: number; desktop: Runs; phone: Runs; note?: string };
/** The built-in dataset's default view (no ?data=), app only: the INP target is set on it. */
export type BuiltIn = { desktop: Run[]; phone: Run[] };
export type Machine = { cpu: string; cores: number; memoryGiB: number; node: string; chromium: string; load: string; code: string };
export type LighthouseOutcome = { runs: LighthouseRun[] } | { error: string };

type Figure = keyof Omit<Run, 'view' | 'styleHash'>;
const median = (runs: Run[], key: Figure) => percentile(runs.map((run) => run[key]), 50);
const ms = (value: number) => (!Number.isFinite(value) ? 'n/a' : value >= 100 ? value.toFixed(0) : value.toFixed(1));
// INP under 16 ms is not reported by the Event Timing API (its lowest threshold).
const inpMs = (value: number) => (value === 0 ? '< 16' : ms(value));
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && a > 0 && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

const FIGURES: { key: Figure; title: string; format?: (value: number) => string }[] = [
  { key: 'pixels', title: 'First graph pixels (app: its early picture, drawn before the app and its check have loaded; baselines: first frame), ms after navigation start' },
  { key: 'ready', title: 'Graph ready (the renderer\'s first frame), ms after navigation start' },
  { key: 'click', title: 'Click → answer in the DOM (app: the panel\'s h2; baselines: the tap/click handler\'s div), ms from pointerdown' },
  { key: 'clickPaint', title: 'Click → the frame after the answer, ms from pointerdown' },
  { key: 'inp', title: 'INP of the click (Event Timing, longest entry of the interaction), ms', format: inpMs },
  { key: 'panMedian', title: 'Pan frame, median, ms' },
  { key: 'panP95', title: 'Pan frame, p95, ms' },
];

function cells(runs: Runs, key: Figure, format: (value: number) => string): string[] {
  const [app, bare, sigma] = [median(runs.app, key), median(runs.bare, key), median(runs.sigma, key)];
  return [format(app), format(bare), format(sigma), ratio(app, bare), ratio(app, sigma)];
}

function figureTable(results: SizeResult[], { key, title, format = ms }: (typeof FIGURES)[number]): string {
  const head = ['Actors', 'Desktop: app', 'bare', 'sigma', 'app/bare', 'app/sigma', 'Phone: app', 'bare', 'sigma', 'app/bare', 'app/sigma'];
  return [`**${title}**`, '', row(head), row(head.map(() => '---:')), ...results.map((r) => row([r.size, ...cells(r.desktop, key, format), ...cells(r.phone, key, format)]))].join('\n');
}

function detailTable(results: SizeResult[]): string {
  const head = ['Actors', 'Nodes', 'Edges', 'JSON', 'Graph area, zoom', 'Runs (desktop, phone; each of app, bare, sigma)', 'Pan: frames / drawn / ms, app', 'bare', 'sigma', 'Second pan, median / p95: app', 'bare', 'sigma'];
  const pan = (runs: Run[]) => `${median(runs, 'panFrames')} / ${median(runs, 'panRenders')} / ${ms(median(runs, 'panTotal'))}`;
  const again = (runs: Run[]) => `${ms(median(runs, 'panAgainMedian'))} / ${ms(median(runs, 'panAgainP95'))}`;
  return [
    row(head),
    row(head.map(() => '---:')),
    ...results.map((r) => {
      const view = r.desktop.app[0]?.view;
      return row([
        r.size,
        r.nodes,
        r.edges,
        `${(r.bytes / 1024 / 1024).toFixed(2)} MB`,
        view ? `${Math.round(view.width)}×${Math.round(view.height)}, ${view.zoom.toFixed(3)}` : 'n/a',
        `${r.desktop.app.length}, ${r.phone.app.length}`,
        pan(r.desktop.app),
        pan(r.desktop.bare),
        pan(r.desktop.sigma),
        again(r.desktop.app),
        again(r.desktop.bare),
        again(r.desktop.sigma),
      ]);
    }),
  ].join('\n');
}

function builtInTable(builtIn: BuiltIn): string {
  const head = ['Built-in dataset, default view (app)', 'Click → answer', 'Click → next frame', 'INP', 'Runs'];
  const line = (name: string, runs: Run[]) => row([name, ms(median(runs, 'click')), ms(median(runs, 'clickPaint')), inpMs(median(runs, 'inp')), runs.length]);
  return [row(head), row(head.map(() => '---:')), line('Desktop', builtIn.desktop), line('Mid-range phone (4x CPU throttling)', builtIn.phone)].join('\n');
}

function lighthouseTable(runs: LighthouseRun[]): string {
  const tasks = (run: LighthouseRun) =>
    run.longTasks.length ? run.longTasks.map((task) => `${task.url} at ${Math.round(task.start)} ms: ${Math.round(task.duration)} ms`).join('; ') : 'none';
  return [
    `Lighthouse ${runs[0]?.version ?? ''}, default (mobile) config (simulated slow 4G, 4x CPU), app's default view (built-in dataset), ${runs.length} run${runs.length === 1 ? '' : 's'}:`,
    '',
    row(['Run', ...CATEGORIES, 'FCP', 'LCP', 'Speed index', 'TBT', 'CLS', 'Long tasks (script, start, length)']),
    row(['---:', ...CATEGORIES.map(() => '---:'), '---:', '---:', '---:', '---:', '---:', '---']),
    ...runs.map((run, i) => {
      const { fcp, lcp, si, tbt, cls } = run.metrics;
      const time = (value: number | null) => (value === null ? 'n/a' : ms(value));
      return row([i + 1, ...CATEGORIES.map((id) => run.scores[id] ?? 'n/a'), time(fcp), time(lcp), time(si), time(tbt), cls === null ? 'n/a' : cls.toFixed(3), tasks(run)]);
    }),
  ].join('\n');
}

export function markdown(date: string, machine: Machine, results: SizeResult[], builtIn: BuiltIn | null, lighthouse: LighthouseOutcome, notes: string[]): string {
  const lh = 'error' in lighthouse ? `Lighthouse: ${lighthouse.error}` : lighthouseTable(lighthouse.runs);
  return [
    '# Benchmark results',
    '',
    `Date: ${date}  `,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(1)} GiB RAM, Node ${machine.node}, Chromium ${machine.chromium}  `,
    `Code: ${machine.code}  `,
    `Load average (1 min) before and after the page measurements: ${machine.load} (other work on the machine shows up in the numbers)`,
    '',
    '"app" is the Stancemap build; "bare" is bench/bare.html (the same elements and stylesheet drawn by plain Cytoscape); "sigma" is bench/sigma.html ' +
      '(the same actors, positions, labels and one arrow per pair in its tone\'s colour, drawn by sigma.js 3 with WebGL). "Phone" is the same page under 4x CPU throttling ' +
      '(CDP Emulation.setCPUThrottlingRate), standing for a mid-range phone. Medians over the runs in the detail table.',
    '',
    ...FIGURES.flatMap((figure) => [figureTable(results, figure), '']),
    ...(builtIn ? [builtInTable(builtIn), ''] : []),
    'More detail (medians, ms):',
    '',
    detailTable(results),
    '',
    lh,
    '',
    ...notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
}
