// The bench's command line (scripts/bench.ts; bench/README.md lists the flags).
const DEFAULT_SIZES = [50, 500, 2000, 10000];

export type Options = { sizes: number[]; runs: number; phoneRuns: number; lighthouseRuns: number; pages: boolean };

export function parseArgs(args: string[]): Options {
  const options: Options = { sizes: [], runs: 3, phoneRuns: 1, lighthouseRuns: 3, pages: true };
  const count = (flag: string, value: string | undefined) => {
    if (!(Number.isInteger(Number(value)) && Number(value) >= 0)) throw new Error(`${flag} takes a whole number, got: ${value}`);
    return Number(value);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') continue;
    if (arg === '--runs') options.runs = Math.max(1, count(arg, args[++i]));
    else if (arg === '--phone-runs') options.phoneRuns = count(arg, args[++i]);
    else if (arg === '--no-lighthouse') options.lighthouseRuns = 0;
    else if (arg === '--lighthouse-runs') options.lighthouseRuns = count(arg, args[++i]);
    else if (arg === '--only-lighthouse') options.pages = false;
    else if (Number.isInteger(Number(arg)) && Number(arg) > 0) options.sizes.push(Number(arg));
    else throw new Error(`sizes must be positive whole numbers of actors, got: ${arg}`);
  }
  if (!options.sizes.length) options.sizes = DEFAULT_SIZES;
  return options;
}
