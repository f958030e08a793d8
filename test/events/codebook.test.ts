import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { allCodes, CodebookError, findCode, getCode, hasCode, quadClassOfRoot } from '../../src/events/codebook.ts';

describe('codebook', () => {
  it('holds every CAMEO code: 20 roots, 147 three-digit and 148 four-digit codes', () => {
    const codes = allCodes();
    assert.equal(codes.filter((c) => c.depth === 2).length, 20);
    assert.equal(codes.filter((c) => c.depth === 3).length, 147);
    assert.equal(codes.filter((c) => c.depth === 4).length, 148);
    const roots = codes.filter((c) => c.depth === 2).map((c) => c.code);
    assert.deepEqual(
      roots,
      Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    assert.equal(new Set(codes.map((c) => c.code)).size, codes.length);
    assert.deepEqual(
      codes.map((c) => c.code),
      [...codes.map((c) => c.code)].sort(),
    );
  });

  it('gives labels, roots and Goldstein scores from the reference tables', () => {
    const fight = getCode('190');
    assert.equal(fight.goldstein, -10);
    assert.equal(fight.root, '19');
    assert.equal(fight.label, 'Use conventional military force');
    assert.equal(getCode('040').label, 'Consult');
    assert.equal(getCode('040').goldstein, 1);
    assert.equal(getCode('057').goldstein, 8);
    assert.equal(getCode('163').goldstein, -8);
    assert.equal(getCode('0874').goldstein, 10);
    assert.equal(getCode('011').goldstein, -0.1);
    assert.equal(getCode('19').label, 'Fight');
    assert.equal(getCode('055').label, 'Apologize', 'codefile typo "Apolgize" is fixed');
    assert.ok(getCode('0811').altLabels.includes('Ease restrictions on political freedoms'));
  });

  it('falls back to the parent score for codes the Goldstein table lacks', () => {
    for (const [code, score] of [
      ['1213', -4],
      ['1214', -4],
      ['1951', -10],
      ['1952', -10],
    ] as const) {
      assert.equal(getCode(code).goldstein, score, code);
      assert.equal(getCode(code).goldsteinFrom, 'parent', code);
    }
    assert.equal(getCode('190').goldsteinFrom, 'table');
  });

  it('assigns quad classes by root', () => {
    assert.equal(getCode('040').quadClass, 1);
    assert.equal(getCode('0231').quadClass, 1);
    assert.equal(getCode('073').quadClass, 2);
    assert.equal(getCode('0874').quadClass, 2);
    assert.equal(getCode('112').quadClass, 3);
    assert.equal(getCode('138').quadClass, 3);
    assert.equal(getCode('145').quadClass, 4);
    assert.equal(getCode('2042').quadClass, 4);
    for (const info of allCodes()) {
      const root = Number(info.root);
      const expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      assert.equal(info.quadClass, expected, info.code);
      assert.equal(quadClassOfRoot(info.root), expected);
    }
  });

  it('maps codes to PLOVER types as CAMEO2PLOVER-2021 does', () => {
    assert.deepEqual(getCode('163').plover, { type: 'COERCE', mode: 'restrict', context: ['diplomatic'] });
    assert.deepEqual(getCode('041').plover, { type: 'CONSULT', mode: 'phone', context: [] });
    assert.deepEqual(getCode('1124').plover, { type: 'ACCUSE', mode: 'allege', context: ['military', 'legal'] });
    assert.equal(getCode('161').plover?.type, 'SANCTION');
    assert.equal(getCode('0871').plover?.type, 'RETREAT');
    assert.equal(getCode('083').plover?.type, 'CONCEDE');
    assert.equal(getCode('190').plover?.type, 'ASSAULT');
    assert.equal(getCode('08').plover?.type, 'CONCEDE', 'first of the two 08 headings');
    assert.equal(getCode('010').plover, null, 'roots 01 and 02 are unmapped');
    assert.equal(getCode('0256').plover, null);
    assert.equal(getCode('1951').ploverFrom, 'parent');
    assert.deepEqual(getCode('1951').plover, getCode('195').plover);
  });

  it('links every code to an existing parent in the same root', () => {
    for (const info of allCodes()) {
      if (info.depth === 2) {
        assert.equal(info.parent, null);
        continue;
      }
      const parent = getCode(info.parent!);
      assert.equal(parent.depth, info.depth - 1, info.code);
      assert.equal(parent.root, info.root, info.code);
      assert.ok(info.code.startsWith(parent.code), info.code);
    }
  });

  it('rejects unknown codes clearly', () => {
    assert.throws(() => getCode('999'), (error: unknown) => {
      assert.ok(error instanceof CodebookError);
      assert.match(error.message, /"999"/);
      return true;
    });
    assert.equal(findCode('0811i'), undefined);
    assert.equal(hasCode('13y'), false);
    assert.equal(hasCode('1823'), true);
  });

  it('returns frozen records', () => {
    const info = getCode('190');
    assert.throws(() => {
      (info as { goldstein: number }).goldstein = 0;
    }, TypeError);
  });

  const shared = fileURLToPath(new URL('../../../shared/data/cameo/CAMEO_codefile.txt', import.meta.url));
  it('matches what scripts/build-codebook.ts generates from ../shared/data', { skip: !existsSync(shared) }, () => {
    const script = fileURLToPath(new URL('../../scripts/build-codebook.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', script, '--check'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });
});
