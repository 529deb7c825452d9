// Hostile and odd input: every case gets a message that names the place, and nothing throws.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { isRealDate } from './dates';
import { formatProblem, preview } from './problems';
import { buildIndex } from './relations';
import { validateDataset } from './validate';

const minimal = JSON.parse(readFileSync('e2e/fixtures/minimal.json', 'utf8'));
const archivePath = minimal.sources[0].archive as string;
const archives = new Map([[archivePath, readFileSync(`data/${archivePath}`, 'utf8')]]);

function check(change: (d: typeof minimal) => void) {
  const copy = structuredClone(minimal);
  change(copy);
  return validateDataset(copy, archives);
}
const messages = (change: (d: typeof minimal) => void) => check(change).problems.map(formatProblem);

/** Renames an actor everywhere it is referred to. */
function renameActor(d: typeof minimal, from: string, to: string) {
  const swap = (id: string) => (id === from ? to : id);
  d.actors.forEach((a: { id: string }) => (a.id = swap(a.id)));
  d.people.forEach((p: { actor: string }) => (p.actor = swap(p.actor)));
  d.statements.forEach((s: { actor: string; targets: string[] }) => ((s.actor = swap(s.actor)), (s.targets = s.targets.map(swap))));
  d.positions = Object.fromEntries(Object.entries(d.positions).map(([id, at]) => [swap(id), at]));
}

describe('names every object already has', () => {
  it('refuses an actor called "constructor", which the renderer cannot draw, with one clear message', () => {
    expect(messages((d) => renameActor(d, 'china', 'constructor'))).toEqual([
      'actors[0].id: must not be "constructor", a name the map cannot draw; choose another id',
    ]);
  });

  it('accepts "constructor" as the id of everything that is not drawn', () => {
    const report = check((d) => {
      d.stances[0].id = 'constructor';
      d.statements.forEach((s: { stance: string }) => s.stance === minimal.stances[0].id && (s.stance = 'constructor'));
      d.statements[0].id = 'constructor';
    });
    expect(report.problems).toEqual([]);
    expect(buildIndex(report.dataset!).stances.get('constructor')?.label).toBe(minimal.stances[0].label);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('reports an archive named %s as unread', (name) => {
    expect(messages((d) => (d.sources[0].archive = name))).toEqual([`sources[0].archive: archived text "${name}" could not be read`]);
  });

  it('reports a position keyed "__proto__" as an unknown actor', () => {
    const raw = JSON.parse(JSON.stringify(minimal).replace('"positions":{', '"positions":{"__proto__":{"x":0,"y":0},'));
    expect(validateDataset(raw, archives).problems.map(formatProblem)).toContainEqual(expect.stringMatching(/^positions\.__proto__: unknown actor "__proto__"/));
  });
});

describe('deep and long input', () => {
  it('says an enum value nested 5,000 arrays deep is nested too deeply, instead of overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(5000)}"state"${']'.repeat(5000)}`);
    expect(messages((d) => (d.actors[0].kind = deep))).toEqual([
      'actors[0].kind: must be one of: state, alliance, organization, group; got an array nested too deeply to show',
    ]);
  });

  it('cuts a megabyte-long id short in its message', () => {
    const all = messages((d) => (d.statements[0].targets = ['x'.repeat(1_000_000)])).join('\n');
    expect(all.length).toBeLessThan(2000);
    expect(all).toContain(`unknown actor "${'x'.repeat(80)}…"`);
  });

  it('previews small values whole and large ones cut short', () => {
    expect(preview([1, [2]])).toBe('[1,[2]]');
    expect(preview({ a: 'y'.repeat(200) })).toMatch(/^an object \(\{"a":"y+…\)$/);
    expect(preview([[[[[1]]]]])).toBe('an array nested too deeply to show');
  });
});

describe('extreme and odd values', () => {
  it('refuses positions outside the documented range', () => {
    expect(messages((d) => (d.positions.china = { x: 1e308, y: -1e308 }))).toEqual([
      'positions.china.x: must be at most 1000000',
      'positions.china.y: must be at least -1000000',
    ]);
  });

  it('explains a number too large to represent (1e999 reads as Infinity)', () => {
    const raw = JSON.parse(JSON.stringify(minimal).replace(/"x":0,/, '"x":1e999,'));
    expect(validateDataset(raw, archives).problems.map(formatProblem)).toEqual(['positions.china.x: must be number, not a number too large to represent']);
  });

  it('takes the years 0000 to 0099 as real years', () => {
    expect(isRealDate('0099-02-25')).toBe(true);
    expect(isRealDate('0000-02-29')).toBe(true);
    expect(isRealDate('0100-02-29')).toBe(false);
    expect(isRealDate('0001-02-29')).toBe(false);
    expect(messages((d) => (d.updated = '0042-01-01'))).toEqual([]);
  });

  it.each(['\u200b\u200b', '\u200d', ' \u00a0\u2060', '\ufeff', '\u3164', '\u2800'])('refuses a name made only of invisible characters (%j)', (name) => {
    expect(messages((d) => (d.actors[0].name = name))).toEqual(['actors[0].name: must contain visible text, not only spaces or invisible characters']);
  });

  it('accepts visible text around invisible characters', () => {
    expect(messages((d) => (d.actors[0].name = '\u200bChina\u200d'))).toEqual([]);
  });

  it('tells invalid UTF-8 from valid text', () => {
    expect(decodeText(new TextEncoder().encode('Kyiv – Київ'))).toEqual({ text: 'Kyiv – Київ', valid: true });
    expect(decodeText(new Uint8Array([0x4b, 0xff, 0x79]))).toEqual({ text: 'K\ufffdy', valid: false });
  });
});

describe('values that are not what they claim (round 3)', () => {
  it('reports an actor that is an object with its own toString, shared by a remark, instead of throwing', () => {
    const list = messages((d) => {
      d.statements[0].actor = { toString: 1 };
      d.statements[0].remark = 'r';
      d.statements[1].remark = 'r';
    });
    expect(list).toContain('statements[0].actor: must be string, not an object');
    expect(list).toContain('statements[1].remark: remark "r" is by {"toString":1} at statements[0]; one remark has one actor (use another remark id)');
  });

  it('says a missing kind, tone or mode is required, with the values it may take', () => {
    expect(messages((d) => (delete d.actors[0].kind, delete d.stances[0].tone, delete d.statements[0].mode))).toEqual([
      'actors[0].kind: is required (one of: state, alliance, organization, group)',
      'stances[0].tone: is required (one of: cooperative, neutral, confrontational)',
      'statements[0].mode: is required (one of: direct, reported)',
    ]);
  });

  it('names an occurrence too large for a whole number as out of range', () => {
    expect(messages((d) => (d.statements[0].occurrence = 1e308))).toContain(
      'statements[0].occurrence: is out of range: must be a whole number at most 9007199254740991, not 1e+308',
    );
  });

  it('guesses at a bounded number of distinct unknown ids, and names every one', () => {
    const list = messages((d) => {
      const [first] = d.statements;
      // Each one two letters from "china": a likely typo, worth a guess until the budget is spent.
      const typo = (i: number) => `china${String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))}`;
      d.statements = Array.from({ length: 300 }, (_, i) => ({ ...first, id: `s${i}`, actor: typo(i), targets: ['russia'] }));
    }).filter((m) => m.includes('.actor: unknown actor'));
    expect(list).toHaveLength(300);
    expect(list.filter((m) => m.includes('did you mean')).length).toBe(200);
  });
});

describe('summarise', () => {
  it('keeps ten problems per place and counts the rest, so one mistake repeated never floods the screen', async () => {
    const { summarise } = await import('./problems');
    const many = Array.from({ length: 10_000 }, (_, i) => ({ path: 'actors.csv', message: `unknown column "c${i}"`, level: 'error' as const }));
    const shown = summarise([...many, { path: 'people.csv row 2', message: 'x', level: 'error' }]).map(formatProblem);
    expect(shown).toHaveLength(12);
    expect(shown.slice(-2)).toEqual(['people.csv row 2: x', 'actors.csv: and 9990 more problems here']);
  });
});
