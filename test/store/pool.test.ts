import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AnalysisPool, type Outcome } from '../../src/store/pool.ts';
import type { ArticleTask } from '../../src/store/inputs.ts';

const TEXTS = [
  'Kenya and Ethiopia signed a water-sharing agreement in Nairobi on Monday, officials said.\n\nThe accord covers the Omo river basin.',
  'Chilean police arrested twelve protesters outside the congress in Valparaíso on Tuesday.\n\nThe protest was against pension cuts.',
  'Vietnam accused China of ramming a fishing boat near the Paracel Islands, the foreign ministry said.\n\nHanoi demanded compensation.',
];

function task(text: string, index: number): ArticleTask {
  return {
    origin: `pool-test:${index + 1}`,
    source: { kind: 'bytes', bytes: Buffer.from(text), name: `pool-test-${index + 1}.txt`, contentType: 'text/plain; charset=utf-8' },
    meta: { url: null, title: null, publisher: 'Test Wire', published: '2024-03-05' },
  };
}

test('a worker sends the hashes of its next articles before the first decision comes back, and analyses each one let through', async () => {
  const pool = new AnalysisPool(1, { maxBytes: 1_000_000, timeoutMs: 5000, allowPrivate: false });
  const asked: string[] = [];
  let askedBeforeFirstDecision = 0;
  let release!: () => void;
  const allAsked = new Promise<void>((resolve) => {
    release = resolve;
  });
  try {
    const outcomes: Promise<Outcome>[] = [];
    for (const [i, text] of TEXTS.entries()) {
      await pool.acquire();
      outcomes.push(
        pool.run(task(text, i), async (_hash, _copy, origin) => {
          asked.push(origin);
          if (asked.length === TEXTS.length) release();
          // The first decision waits until every hash is asked: a worker that waited for it before
          // ingesting its next task would ask nothing more until the bounded wait ran out.
          if (origin === 'pool-test:1') {
            await Promise.race([allAsked, new Promise((resolve) => setTimeout(resolve, 10_000))]);
            askedBeforeFirstDecision = asked.length;
          }
          return origin !== 'pool-test:2';
        }),
      );
    }
    const [first, second, third] = await Promise.all(outcomes);
    assert.deepEqual(asked, ['pool-test:1', 'pool-test:2', 'pool-test:3']);
    assert.equal(askedBeforeFirstDecision, 3, 'every hash was asked while the first decision was pending');
    assert.ok(first && 'record' in first, 'the first article is analysed once let through');
    assert.deepEqual(second, { duplicate: true }, 'an article the main thread holds back is not analysed');
    assert.ok(third && 'record' in third);
    const events = third.record.events.map((e) => `${e.sourceCode}→${e.targetCode} ${e.root}`);
    assert.ok(events.some((e) => e.startsWith('VNM') && e.includes('CHN')), `Vietnam's accusation against China is coded: ${events.join(', ')}`);
    assert.equal(first.record.publisher, 'Test Wire');
  } finally {
    await pool.close();
  }
});
