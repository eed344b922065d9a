import { describe, expect, it } from 'vitest';
import {
  cborHead,
  cborItemEnd,
  chunkFor,
  compareCodePoints,
  cutChunks,
  pagefindFile,
  readChunkTable,
  readWordIndex,
  replaceChunkTable,
  writeWordIndex,
  type WordEntry,
} from '../../src/lib/pagefind-chunks';

const bytes = (...xs: number[]) => Uint8Array.from(xs);
const utf8 = (s: string) => new TextEncoder().encode(s);
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const text = (s: string) => join(cborHead(3, utf8(s).length), utf8(s));
const array = (...items: Uint8Array[]) => join(cborHead(4, items.length), ...items);
/** A word entry shaped as pagefind 1.6 writes it: [word, [[page, [locs…], []]], []]. */
const entry = (word: string, page = 0, locs: number[] = [3]): WordEntry => ({
  word,
  bytes: array(text(word), array(array(join(cborHead(0, page)), array(...locs.map((l) => (l < 0 ? join(cborHead(1, -1 - l)) : join(cborHead(0, l))))), array())), array()),
});

describe('CBOR item boundaries', () => {
  it('reads heads with 0, 1, 2 and 4 bytes of argument, negative integers and floats', () => {
    expect(cborItemEnd(bytes(0x17), 0)).toBe(1);
    expect(cborItemEnd(bytes(0x18, 0xff), 0)).toBe(2);
    expect(cborItemEnd(bytes(0x38, 0x18), 0)).toBe(2); // -25, as pagefind marks a weight
    expect(cborItemEnd(bytes(0x19, 0x01, 0x00), 0)).toBe(3);
    expect(cborItemEnd(bytes(0x1a, 0, 1, 0, 0), 0)).toBe(5);
    expect(cborItemEnd(bytes(0xfb, 0, 0, 0, 0, 0, 0, 0, 0), 0)).toBe(9);
  });

  it('skips strings and nested arrays and maps whole', () => {
    const item = array(text('规划'), array(join(cborHead(0, 300)), text('')), join(cborHead(5, 1), text('k'), text('v')));
    expect(cborItemEnd(join(item, bytes(0x00)), 0)).toBe(item.length);
  });

  it('refuses indefinite lengths and a truncated item, rather than misreading them', () => {
    expect(() => cborItemEnd(bytes(0x9f, 0x01, 0xff), 0)).toThrow(/unsupported CBOR head 0x9f/);
    expect(() => cborItemEnd(array(text('a'), text('b')).subarray(0, 3), 0)).toThrow(/ends early/);
  });

  it('writes the shortest head', () => {
    expect([...cborHead(4, 23)]).toEqual([0x97]);
    expect([...cborHead(4, 24)]).toEqual([0x98, 24]);
    expect([...cborHead(4, 1185)]).toEqual([0x99, 0x04, 0xa1]);
    expect([...cborHead(3, 70000)]).toEqual([0x7a, 0, 1, 0x11, 0x70]);
  });
});

describe('word index files', () => {
  it('keep every entry byte for byte through a read and a write', () => {
    const entries = [entry('保护', 2, [-25, 4, 9]), entry('规划', 300, [1])];
    const file = writeWordIndex(entries);
    expect(new TextDecoder().decode(file.subarray(0, 12))).toBe('pagefind_dcd');
    const read = readWordIndex(file, 'x.pf_index');
    expect(read.map((e) => e.word)).toEqual(['保护', '规划']);
    expect(read.map((e) => [...e.bytes])).toEqual(entries.map((e) => [...e.bytes]));
    expect([...writeWordIndex(read)]).toEqual([...file]);
  });

  it('name the file when it is not a pagefind word index', () => {
    expect(() => readWordIndex(utf8('hello'), 'a/x.pf_index')).toThrow(/a\/x\.pf_index: not a pagefind data file/);
    expect(() => readWordIndex(pagefindFile(array(array(), array())), 'x.pf_index')).toThrow(/x\.pf_index: expected pagefind's word index/);
  });
});

describe('cutting the index into chunks', () => {
  const words = ['保护', '保障', '城镇', '城镇开发边界', '规划', '规划区', '红线', '生态', 'GDP', '2035'];
  const entries = words.map((w) => entry(w));
  const size = entries[0]!.bytes.length;

  it('cuts only where the first character changes, once a chunk reaches the target', () => {
    const chunks = cutChunks(entries, size);
    // No first character is split across two chunks.
    const chunkOf = new Map<string, number>();
    chunks.forEach((c, i) => {
      for (const e of c.entries) {
        const first = Array.from(e.word)[0]!;
        expect(chunkOf.get(first) ?? i).toBe(i);
        chunkOf.set(first, i);
      }
    });
    expect(chunks.length).toBe(chunkOf.size - 1); // 2035 and GDP are each smaller than the target: they share one
    expect(chunks.map((c) => c.entries.map((e) => e.word))).toContainEqual(['城镇', '城镇开发边界']);
    expect(cutChunks(entries, size * 4).length).toBeLessThan(chunks.length);
    expect(cutChunks(entries, Infinity)).toHaveLength(1);
  });

  it('sorts by code point, as pagefind does (digits and Latin before Chinese)', () => {
    const all = cutChunks(entries, Infinity)[0]!.entries.map((e) => e.word);
    expect(all).toEqual([...words].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1)));
    expect(compareCodePoints('𠀀', '\uffff')).toBeGreaterThan(0); // beyond the BMP: by code point, not by UTF-16 unit
  });

  it('finds every word, and every extension of a word, in the chunk that holds it', () => {
    for (const target of [1, size * 2, size * 5]) {
      const chunks = cutChunks(entries, target);
      const rows = chunks.map((c, i) => ({ from: c.from, to: c.to, hash: String(i) }));
      chunks.forEach((c, i) => {
        for (const e of c.entries) {
          expect(chunkFor(rows, e.word)?.hash).toBe(String(i));
          // pagefind matches a query's last term as a prefix: 规 finds 规划 and 规划区 in one chunk.
          expect(chunkFor(rows, Array.from(e.word)[0]!)?.hash).toBe(String(i));
          expect(chunkFor(rows, `${e.word}之外`)?.hash).toBe(String(i));
        }
      });
      expect(chunkFor(rows, '龘')).toBeUndefined();
    }
  });
});

describe('the chunk table in .pf_meta', () => {
  const oldRow = (from: string, to: string, hash: string) => array(text(from), text(to), text(hash));
  const pages = array(array(text('zh-cn_p1'), join(cborHead(0, 169)), text('')));
  const meta = pagefindFile(array(text('1.6.0'), pages, array(), array(oldRow('保', '规', 'zh-cn_a'), oldRow('红', '生态', 'zh-cn_b')), array()));
  const old = new Set(['zh-cn_a', 'zh-cn_b']);

  it('is found by the files it names, and replaced with everything else kept byte for byte', () => {
    expect(readChunkTable(meta, old, 'm')).toEqual([
      { from: '保', to: '规', hash: 'zh-cn_a' },
      { from: '红', to: '生态', hash: 'zh-cn_b' },
    ]);
    const rows = [{ from: '保', to: '城\u{10FFFF}', hash: 'zh-cn_c' }];
    const out = replaceChunkTable(meta, old, rows, 'm');
    expect(readChunkTable(out, new Set(['zh-cn_c']), 'm')).toEqual(rows);
    const expected = pagefindFile(array(text('1.6.0'), pages, array(), array(oldRow('保', '城\u{10FFFF}', 'zh-cn_c')), array()));
    expect([...out]).toEqual([...expected]);
  });

  it('is found among more index files than it names (pagefind run twice into one folder leaves old chunks)', () => {
    expect(readChunkTable(meta, new Set(['zh-cn_a', 'zh-cn_b', 'zh-cn_stale']), 'm').map((r) => r.hash)).toEqual(['zh-cn_a', 'zh-cn_b']);
  });

  it('stops with the file named when no table names only index files there are', () => {
    expect(() => replaceChunkTable(meta, new Set(['zh-cn_a']), [], 'dist/pagefind/x.pf_meta')).toThrow(/x\.pf_meta: no chunk table naming only the index files there are \(1\)/);
  });
});
