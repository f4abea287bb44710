import { z } from 'zod';
import { envelope } from '../common-schema.ts';

/** A group of indicators: how many there are and how many have published data. */
const groupCount = z.object({
  total: z.number().int().describe('unique indicators in the group'),
  withData: z.number().int().describe('of them, with at least one published observation'),
});

/** One indicator: its tier, lead organisation, whether it has data, and the breakdowns its title asks for vs those its data holds. */
export const availabilityIndicatorSchema = z.object({
  indicator: z.string().meta({ example: '1.1.1' }),
  title: z.string(),
  goal: z.string(),
  tier: z.string().nullable().describe('IAEG-SDGs tier: I, II, III, or several as I/II; null when unknown'),
  lead: z.object({ id: z.string(), name: z.string() }).nullable(),
  hasData: z.boolean(),
  expected: z.array(z.object({ term: z.string(), dimension: z.string().nullable() }))
    .describe('breakdowns the title asks for ("by sex, age, …"), with the SDMX dimension holding each (null when none does)'),
  present: z.array(z.string()).describe('SDMX dimension IDs the published observations break down by (a code other than _T)'),
  missing: z.array(z.string()).describe('expected dimension IDs the data does not hold'),
});

/** `GET /availability`: data availability by goal, tier and lead organisation, and per indicator. */
export const availabilityResponse = envelope(z.object({
  total: groupCount,
  goals: z.array(groupCount.extend({ code: z.string(), title: z.string(), colour: z.string() }))
    .describe('an indicator listed under several goals counts in each'),
  tiers: z.array(groupCount.extend({ tier: z.string().nullable() })).describe('tier null: not classified'),
  organisations: z.array(groupCount.extend({ id: z.string().nullable(), name: z.string().nullable() }))
    .describe('by lead organisation; id null: no lead named'),
  dimensions: z.record(z.string(), z.string()).describe('names of the dimension IDs used above, in the asked language'),
  tierSource: z.string().nullable().describe('where the tiers come from'),
  indicators: z.array(availabilityIndicatorSchema),
}));
