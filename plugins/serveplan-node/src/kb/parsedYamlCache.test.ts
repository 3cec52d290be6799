import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  defaultKnowledgeBaseDir,
  inspectKnowledgeBase,
} from './loadKnowledgeBase';
import { CACHE_FILE, ParsedYamlCache } from './parsedYamlCache';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'serveplan-kbcache-'));

describe('ParsedYamlCache', () => {
  it('parses once and serves the same data from disk to the next process', () => {
    const dir = tmp();
    const first = new ParsedYamlCache(dir);
    expect(first.parse('a: 1\nb: [x, y]\n')).toEqual({ a: 1, b: ['x', 'y'] });
    first.save();
    const stored = JSON.parse(
      fs.readFileSync(path.join(dir, CACHE_FILE), 'utf8'),
    );
    expect(Object.values(stored)).toEqual([{ a: 1, b: ['x', 'y'] }]);
    // The next load takes it from the file: prove it by editing the stored value.
    const key = Object.keys(stored)[0];
    fs.writeFileSync(
      path.join(dir, CACHE_FILE),
      JSON.stringify({ [key]: { a: 2 } }),
    );
    expect(new ParsedYamlCache(dir).parse('a: 1\nb: [x, y]\n')).toEqual({
      a: 2,
    });
  });

  it('parses changed text again and drops entries the load did not use', () => {
    const dir = tmp();
    const first = new ParsedYamlCache(dir);
    first.parse('a: 1\n');
    first.save();
    const second = new ParsedYamlCache(dir);
    expect(second.parse('a: 3\n')).toEqual({ a: 3 });
    second.save();
    const stored = JSON.parse(
      fs.readFileSync(path.join(dir, CACHE_FILE), 'utf8'),
    );
    expect(Object.values(stored)).toEqual([{ a: 3 }]);
  });

  it('keeps values JSON would change out of the cache, and still throws on invalid YAML', () => {
    const dir = tmp();
    const cache = new ParsedYamlCache(dir);
    expect(cache.parse('x: .inf\n')).toEqual({ x: Infinity });
    expect(() => cache.parse('a: [1, 2\n')).toThrow();
    cache.save();
    expect(fs.existsSync(path.join(dir, CACHE_FILE))).toBe(false);
  });

  it('falls back to parsing when the cache file is corrupt or the folder cannot be written', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, CACHE_FILE), '{not json');
    expect(new ParsedYamlCache(dir).parse('a: 1\n')).toEqual({ a: 1 });
    const file = path.join(tmp(), 'a-file');
    fs.writeFileSync(file, '');
    const unwritable = new ParsedYamlCache(path.join(file, 'below-a-file'));
    expect(unwritable.parse('a: 1\n')).toEqual({ a: 1 });
    expect(() => unwritable.save()).not.toThrow();
  });

  it('loads the same knowledge base with and without the cache, and a cached load still validates', () => {
    const cacheDir = tmp();
    const plain = inspectKnowledgeBase(defaultKnowledgeBaseDir(), {
      parseCacheDir: undefined,
    });
    const filling = inspectKnowledgeBase(defaultKnowledgeBaseDir(), {
      parseCacheDir: cacheDir,
    });
    const cached = inspectKnowledgeBase(defaultKnowledgeBaseDir(), {
      parseCacheDir: cacheDir,
    });
    expect(plain.problems).toEqual([]);
    expect(filling.kb).toEqual(plain.kb);
    expect(cached.kb).toEqual(plain.kb);
    // A cached entry that no longer satisfies the schema is reported like a bad file.
    const file = path.join(cacheDir, CACHE_FILE);
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const [key, value] of Object.entries(stored))
      if ((value as { id?: string }).id === 'L4')
        stored[key] = { ...(value as object), tdp_watts: 72 };
    fs.writeFileSync(file, JSON.stringify(stored));
    const tampered = inspectKnowledgeBase(defaultKnowledgeBaseDir(), {
      parseCacheDir: cacheDir,
    });
    expect(tampered.kb).toBeUndefined();
    expect(tampered.problems.join('\n')).toMatch(/gpus\/l4\.yaml: tdp_watts/);
  });
});
