import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Observation } from '../../src/domain/index.ts';
import {
  decodeDimensions, dimensionLikePattern, dimensionPresentPattern, encodeDimensions, insertObservations, upsertSource,
  type Store,
} from '../../src/store/index.ts';
import { freshStore, postgresUnavailable, STORE_DIALECTS } from '../support/stores.ts';

describe('dimension keys', () => {
  it('encodeDimensions sorts by ID and closes every pair with |', () => {
    assert.equal(encodeDimensions({ SEX: 'F', AGE: 'Y0T4' }), '|AGE=Y0T4|SEX=F|');
    assert.equal(encodeDimensions({ SEX: '_T' }), '|SEX=_T|');
  });

  it('encodeDimensions gives the empty string for no dimensions and decodeDimensions maps it back to {}', () => {
    assert.equal(encodeDimensions({}), '');
    assert.deepEqual(decodeDimensions(''), {});
  });

  it('encodeDimensions percent-encodes |, = and % in IDs and codes and decodeDimensions restores them exactly', () => {
    const dimensions = {
      'Country of birth': 'UK|Ireland',
      'Ratio=x': 'a=b',
      SHARE: '100%',
      SEX: '_T',
      'Literal%7C': '%3D_%25',
    };
    const key = encodeDimensions(dimensions);
    assert.equal(key, '|Country of birth=UK%7CIreland|Literal%257C=%253D_%2525|Ratio%3Dx=a%3Db|SEX=_T|SHARE=100%25|');
    assert.deepEqual(decodeDimensions(key), dimensions);
  });

  it('dimensionLikePattern escapes LIKE wildcards with \\ and wraps the pair in |…|', () => {
    assert.equal(dimensionLikePattern('SEX', '_T'), '%|SEX=\\_T|%');
    assert.equal(dimensionLikePattern('SHARE', '100%'), '%|SHARE=100\\%25|%');
    assert.equal(dimensionPresentPattern('AGE'), '%|AGE=%');
  });
});

/** A disaggregated observation of one series, area and year; only the dimensions vary. */
function withDimensions(dimensions: Record<string, string>, year = '2021'): Observation {
  return {
    series: 'SH_DYN_MORT', area: 'BD', period: { kind: 'year', label: year, start: `${year}-01-01`, end: `${year}-12-31` },
    dimensions, value: 25.2, unit: 'PER_1000_LIVE_BIRTHS', unitMult: 0, attributes: {},
  };
}

for (const dialect of STORE_DIALECTS) {
  const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;

  describe(`dimension LIKE filters as SQL on ${dialect}`, { skip }, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await store.db.transaction().execute(async (trx) => {
        const sourceId = await upsertSource(trx, { key: 'test:like', kind: 'sdmx', title: 'LIKE cases' }, '2024-05-01T00:00:00Z');
        await insertObservations(store, trx, sourceId, [
          withDimensions({ SEX: '_T' }),
          withDimensions({ SEX: 'AT' }),
          withDimensions({ SEX: 'f' }),
          withDimensions({ SEX: 'F' }),
          withDimensions({ AGE: 'Y0T4', SEX: '_T' }),
          withDimensions({ SEX: '_TX' }),
          withDimensions({ SHARE: '100%' }),
          withDimensions({ SHARE: '10025' }),
          withDimensions({ 'Country of birth': 'UK|Ireland' }),
          withDimensions({}),
        ]);
      });
    });
    after(async () => dispose?.());

    async function matching(pattern: string): Promise<string[]> {
      const rows = await store.db.selectFrom('observations').select('dimensions')
        .where(sql<boolean>`dimensions like ${pattern} escape '\\'`).execute();
      return rows.map((r) => r.dimensions).sort();
    }

    it("dimensionLikePattern('SEX', '_T') matches |SEX=_T| wherever it sits and not |SEX=AT| or |SEX=_TX|", async () => {
      assert.deepEqual(await matching(dimensionLikePattern('SEX', '_T')), ['|AGE=Y0T4|SEX=_T|', '|SEX=_T|']);
    });

    it("dimensionLikePattern('SEX', 'F') is case-sensitive: it matches |SEX=F| and not |SEX=f|", async () => {
      assert.deepEqual(await matching(dimensionLikePattern('SEX', 'F')), ['|SEX=F|']);
    });

    it("dimensionLikePattern('SHARE', '100%') matches the literal % and not 10025", async () => {
      assert.deepEqual(await matching(dimensionLikePattern('SHARE', '100%')), ['|SHARE=100%25|']);
    });

    it("dimensionLikePattern matches a code containing | ('UK|Ireland')", async () => {
      assert.deepEqual(await matching(dimensionLikePattern('Country of birth', 'UK|Ireland')), ['|Country of birth=UK%7CIreland|']);
    });

    it("dimensionPresentPattern('AGE') matches only keys that have an AGE dimension", async () => {
      assert.deepEqual(await matching(dimensionPresentPattern('AGE')), ['|AGE=Y0T4|SEX=_T|']);
    });
  });
}
