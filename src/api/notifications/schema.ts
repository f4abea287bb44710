import { z } from 'zod';
import { envelope } from '../common-schema.ts';

export const notificationParams = z.strictObject({ id: z.coerce.number().int().positive() });

export const notificationQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional().describe('true: only unread ones'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const notificationSchema = z.object({
  id: z.number().int(),
  kind: z.string().meta({ example: 'submission.returned' })
    .describe('submission.submitted (to reviewers), submission.approved, submission.returned, submission.reopened (to the submitter)'),
  payload: z.record(z.string(), z.unknown()).describe('{ submissionId, indicator, organisation, by, comment }'),
  link: z.string().nullable().describe('The site page it is about, e.g. /work/submissions/7'),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const notificationListResponse = envelope(z.object({
  items: z.array(notificationSchema).describe('Newest first'),
  total: z.number().int(),
  unread: z.number().int(),
}));
export const notificationResponse = envelope(notificationSchema);
export const readAllResponse = envelope(z.object({ updated: z.number().int() }));
