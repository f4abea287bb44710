import type { Migration } from 'kysely';
import type { StoreDialect } from '../database.ts';
import { initialSchema } from './0001-initial.ts';
import { workflowSchema } from './0002-workflow.ts';
import { progressTargetsSchema } from './0003-progress-targets.ts';
import { globalTargetRulesSchema } from './0004-global-target-rules.ts';
import { indicatorTiersSchema } from './0005-indicator-tiers.ts';
import { areaBoundariesSchema } from './0006-area-boundaries.ts';
import { translationsSchema } from './0007-translations.ts';
import { bulkDownloadsSchema } from './0008-bulk-downloads.ts';
import { rateLimitsSchema } from './0009-rate-limits.ts';
import { innovationsSchema } from './0010-innovations.ts';
import { federationSchema } from './0011-federation.ts';

/** Every migration in order; names sort lexically, so keep the four-digit prefix. */
export function migrationsFor(dialect: StoreDialect): Record<string, Migration> {
  return {
    '0001-initial': initialSchema(dialect),
    '0002-workflow': workflowSchema(dialect),
    '0003-progress-targets': progressTargetsSchema(dialect),
    '0004-global-target-rules': globalTargetRulesSchema(),
    '0005-indicator-tiers': indicatorTiersSchema(),
    '0006-area-boundaries': areaBoundariesSchema(),
    '0007-translations': translationsSchema(),
    '0008-bulk-downloads': bulkDownloadsSchema(dialect),
    '0009-rate-limits': rateLimitsSchema(),
    '0010-innovations': innovationsSchema(dialect),
    '0011-federation': federationSchema(dialect),
  };
}
