// Writes that apply a change from outside (Back/Forward in the address bar, a host page's command)
// must not be sent back out as if the reader had made them (a new history entry, a 'selected'
// message). zustand calls its listeners synchronously inside the write, so a flag held for the
// duration of the write tells them apart. One pattern for the URL sync and the embed.
export type EchoGuard = {
  /** Runs the writes; listeners called meanwhile see `applying` true. */
  apply: (writes: () => void) => void;
  readonly applying: boolean;
};

export function createEchoGuard(): EchoGuard {
  let depth = 0;
  return {
    apply(writes) {
      depth += 1;
      try {
        writes();
      } finally {
        depth -= 1;
      }
    },
    get applying() {
      return depth > 0;
    },
  };
}
