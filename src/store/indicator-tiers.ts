import type { Kysely } from 'kysely';
import type { Db } from './database.ts';

/** The `indicator_tiers` table (migration 0005): one IAEG-SDGs tier per indicator listing code. */
type TierTable = {
  indicator_tiers: { indicator_id: string; tier: string; source: string };
};

/** An indicator listing's tier (`I`, `II`, `III`, or several as `I/II`) and where it was taken from. */
export interface IndicatorTier {
  indicatorId: string;
  tier: string;
  source: string;
}

function withTiers(db: Db): Kysely<TierTable> {
  return db.withTables<TierTable>() as unknown as Kysely<TierTable>;
}

/** Replaces every tier (all or nothing inside the caller's transaction). */
export async function replaceIndicatorTiers(trx: Db, tiers: readonly IndicatorTier[]): Promise<void> {
  const db = withTiers(trx);
  await db.deleteFrom('indicator_tiers').execute();
  for (let i = 0; i < tiers.length; i += 200) {
    const chunk = tiers.slice(i, i + 200).map((t) => ({ indicator_id: t.indicatorId, tier: t.tier, source: t.source }));
    if (chunk.length) await db.insertInto('indicator_tiers').values(chunk).execute();
  }
}

/**
 * Tiers by indicator listing code.
 * @example (await listIndicatorTiers(db)).get('1.1.1')?.tier // 'I'
 */
export async function listIndicatorTiers(db: Db): Promise<Map<string, IndicatorTier>> {
  const rows = await withTiers(db).selectFrom('indicator_tiers').selectAll().execute();
  return new Map(rows.map((r) => [r.indicator_id, { indicatorId: r.indicator_id, tier: r.tier, source: r.source }]));
}
