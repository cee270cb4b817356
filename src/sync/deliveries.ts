// Sending to a professional, for the screens: straight to the server, never queued. A failure says
// plainly whether it was the connection (OfflineError) or a refusal (ApiError, with its code:
// no_email_server, nothing_to_send, email_failed, forbidden, not_found).
import {
  DeliveryListSchema,
  DeliverySchema,
  DeliveryViewSchema,
  type Delivery,
  type DeliveryList,
  type DeliveryView,
  type SendDelivery,
} from '../shared/deliveries';
import type { Transport } from './transport';

const plan = (planId: string) => `/api/plans/${encodeURIComponent(planId)}/deliveries`;

export async function listDeliveries(t: Transport, planId: string): Promise<DeliveryList> {
  return DeliveryListSchema.parse(await t.json('GET', plan(planId)));
}

export async function sendDelivery(
  t: Transport,
  planId: string,
  body: SendDelivery,
): Promise<Delivery> {
  return DeliverySchema.parse(await t.json('POST', plan(planId), body));
}

export async function openDelivery(t: Transport, deliveryId: string): Promise<DeliveryView> {
  return DeliveryViewSchema.parse(
    await t.json('GET', `/api/deliveries/${encodeURIComponent(deliveryId)}`),
  );
}

/**
 * A photo or recording of what was sent, as bytes: the server answers only the address it was
 * sent to, and only for what that one item refers to.
 */
export function deliveryMedia(
  t: Transport,
  deliveryId: string,
  sha256: string,
): Promise<{ bytes: ArrayBuffer; mime: string }> {
  return t.getBytes(deliveryMediaUrl(deliveryId, sha256));
}

/** A photo or drawing of what was sent, for an <img> (the session cookie goes with it). */
export function deliveryMediaUrl(deliveryId: string, sha256: string): string {
  return `/api/deliveries/${encodeURIComponent(deliveryId)}/media/${encodeURIComponent(sha256)}`;
}
