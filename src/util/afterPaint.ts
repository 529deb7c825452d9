// Store subscribers whose work the reader does not see at once (the address bar, the canvas
// restyle) run after the frame that paints the panel, so a click answers within that frame.

/** Hidden tabs and throttled frames get no animation frames: this long is the longest wait. */
const FALLBACK_MS = 100;

/** Runs `run` once, after the next frame has painted; returns a cancel. */
export function afterPaint(run: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(task);
    run();
  };
  let task = 0 as unknown as ReturnType<typeof setTimeout>;
  // rAF callbacks run before the paint; a task queued from one runs after it.
  const frame = requestAnimationFrame(() => (task = setTimeout(once, 0)));
  const fallback = setTimeout(once, FALLBACK_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(task);
  };
}
