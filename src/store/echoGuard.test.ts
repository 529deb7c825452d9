import { beforeEach, describe, expect, it } from 'vitest';
import { createEchoGuard } from './echoGuard';
import { useStore } from './useStore';

describe('the echo guard', () => {
  beforeEach(() => useStore.getState().reset());

  it('tells listeners which writes came from outside', () => {
    const guard = createEchoGuard();
    const seen: Array<[unknown, boolean]> = [];
    const stop = useStore.subscribe((state) => seen.push([state.selection, guard.applying]));
    guard.apply(() => useStore.getState().selectActor('china'));
    useStore.getState().selectActor('russia');
    stop();
    expect(seen).toEqual([
      [{ kind: 'actor', id: 'china' }, true],
      [{ kind: 'actor', id: 'russia' }, false],
    ]);
  });

  it('holds through nested applies and lets go after a write that throws', () => {
    const guard = createEchoGuard();
    guard.apply(() => {
      guard.apply(() => undefined);
      expect(guard.applying).toBe(true);
    });
    expect(guard.applying).toBe(false);
    expect(() =>
      guard.apply(() => {
        throw new Error('bad write');
      }),
    ).toThrow('bad write');
    expect(guard.applying).toBe(false);
  });

  it('keeps two guards apart', () => {
    const [a, b] = [createEchoGuard(), createEchoGuard()];
    a.apply(() => expect(b.applying).toBe(false));
  });
});
