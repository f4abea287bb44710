import { z } from 'zod';
import { envelope } from '../common-schema.ts';

const count = z.number().int();

export const tasksResponse = envelope(z.object({
  role: z.enum(['admin', 'reviewer', 'provider', 'viewer']),
  indicators: z.array(z.object({
    indicatorId: z.string(),
    code: z.string().describe('First listing code'),
    title: z.string(),
    organisations: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(['lead', 'co_lead', 'associate']) }))
      .describe("The user's organisations that answer for it"),
    submission: z.object({
      id: z.number().int(), state: z.string(), revision: z.number().int(), updatedAt: z.string(), changeCount: count,
    }).nullable().describe("The indicator's open submission"),
    latestPeriod: z.string().nullable().describe('The latest period with a published value'),
    missingPeriods: z.array(z.string()).describe('Periods after the latest one that have ended without data, most recent first'),
    returnedComment: z.string().nullable().describe("The reviewer's comment when the open submission was returned"),
  })).describe("Providers: every indicator their organisations answer for; other roles: empty"),
  queue: z.object({ draft: count, submitted: count, returned: count, approved: count })
    .describe('Submissions per state (providers: of their organisations\' indicators)'),
}));
