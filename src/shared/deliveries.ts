// Sending to a professional (DESIGN.md §6, domain.md §1.7): the feedback form (within a week after
// the review) and the review pack (the person's "about me" and the answers marked "for the panel",
// the day before). The server emails the professional a link to a read-only view of exactly that
// item; they open it by signing in with a code sent to that same address. Shared by device and
// server: the requests, the answers, and the rules about when a link stops working.
import * as z from 'zod/mini';
import { Email } from './auth';
import { FieldName, FieldValueSchema, Uuid } from './protocol';

export const DELIVERY_ITEMS = ['feedback', 'pack'] as const;
export type DeliveryItem = (typeof DELIVERY_ITEMS)[number];

/** The review's contacts the planner asks for (review.commissionerName, careCoordinatorName). */
export const PROFESSIONAL_ROLES = ['commissioner', 'careCoordinator'] as const;
export type ProfessionalRole = (typeof PROFESSIONAL_ROLES)[number];

export const DELIVERY = {
  /** The link works until this many days after the review. */
  daysAfterReview: 30,
  /** A late sending still gets at least this long, so a link never arrives already dead. */
  minDays: 7,
} as const;

/** When a link sent now stops working: 30 days after the review (at least a week from now). */
export function deliveryExpiry(reviewDate: string | null, now: Date): string {
  const floor = now.getTime() + DELIVERY.minDays * 86_400_000;
  const review =
    reviewDate && /^\d{4}-\d{2}-\d{2}$/.test(reviewDate) ? Date.parse(reviewDate) : NaN;
  const fromReview = Number.isNaN(review)
    ? 0
    : review + (DELIVERY.daysAfterReview + 1) * 86_400_000;
  const fromNow = Number.isNaN(review) ? now.getTime() + DELIVERY.daysAfterReview * 86_400_000 : 0;
  return new Date(Math.max(floor, fromReview, fromNow)).toISOString();
}

export const DeliveryPlanParams = z.strictObject({ planId: Uuid });
export const DeliveryParams = z.strictObject({ deliveryId: Uuid });
export const DeliveryMediaParams = z.strictObject({
  deliveryId: Uuid,
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

export const SendDeliverySchema = z.strictObject({
  item: z.enum(DELIVERY_ITEMS),
  to: z.strictObject({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    role: z.enum(PROFESSIONAL_ROLES),
    email: Email,
  }),
});
export type SendDelivery = z.infer<typeof SendDeliverySchema>;

/** One sending, as the person (or their helper) sees it. sentAt: the email server accepted it. */
export const DeliverySchema = z.object({
  id: Uuid,
  item: z.enum(DELIVERY_ITEMS),
  toName: z.string(),
  toRole: z.enum(PROFESSIONAL_ROLES),
  toEmail: z.string(),
  sentAt: z.string(),
  openedAt: z.nullable(z.string()),
  expiresAt: z.string(),
  /** The feedback version that was finished when it was sent (null for the pack). */
  sentVersion: z.nullable(z.int()),
});
export type Delivery = z.infer<typeof DeliverySchema>;

export const DeliveryListSchema = z.object({
  /** Whether this server can send email at all (an email server is set up). */
  emailServer: z.boolean(),
  deliveries: z.array(DeliverySchema),
});
export type DeliveryList = z.infer<typeof DeliveryListSchema>;

const RecordFields = z.record(FieldName, FieldValueSchema);
const SharedRecord = z.object({ id: z.string(), type: z.string(), data: RecordFields });
export type SharedRecord = z.infer<typeof SharedRecord>;

/** What the professional sees: exactly the item, as it is now on the server. */
export const DeliveryViewSchema = z.object({
  item: z.enum(DELIVERY_ITEMS),
  toName: z.string(),
  toRole: z.enum(PROFESSIONAL_ROLES),
  sentAt: z.string(),
  expiresAt: z.string(),
  personName: z.string(),
  reviewDate: z.nullable(z.string()),
  sentVersion: z.nullable(z.int()),
  /** The records of the item, already limited by the server to what this item holds. */
  records: z.array(SharedRecord),
});
export type DeliveryView = z.infer<typeof DeliveryViewSchema>;
