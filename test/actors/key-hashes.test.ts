import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadActorDictionary } from '../../src/actors/dictionary.ts';
import { keyHashes, mayHave, stringHash } from '../../src/actors/surface.ts';

const dictionary = loadActorDictionary();

test('the alias filter holds every alias key and every prefix that ends a word of it', () => {
  const keys = [...dictionary.aliasIndex.keys()];
  const { prefixes, keys: full } = keyHashes(keys);
  // The size in bits is a power of two: slots come from the top bits of the hash product.
  assert.equal(prefixes.length & (prefixes.length - 1), 0);
  assert.equal(full.length & (full.length - 1), 0);
  for (const key of keys) {
    assert.ok(mayHave(full, stringHash(key)), key);
    for (const [i, char] of [...key].entries()) {
      if (char === ' ') assert.ok(mayHave(prefixes, stringHash(key.slice(0, i))), `${key}: ${key.slice(0, i)}`);
    }
  }
});

test('the alias filter turns away most words that are no alias', () => {
  const words = ['harvest', 'pipeline', 'drought', 'ceasefire', 'warehouse', 'turbine', 'monsoon', 'vaccine', 'harbour', 'tariff', 'glacier', 'famine'];
  const { keys } = keyHashes(dictionary.aliasIndex.keys());
  const passed = words.filter((word) => !dictionary.aliasIndex.has(word) && mayHave(keys, stringHash(word)));
  assert.ok(passed.length <= 3, `false positives: ${passed.join(', ')}`);
});
