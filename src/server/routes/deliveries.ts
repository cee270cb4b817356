// Sending to a professional, and the professional reading it.
//   POST /api/plans/:planId/deliveries   the person (or a helper with "help with my feedback")
//                                        sends the feedback or the review pack by email
//   GET  /api/plans/:planId/deliveries   what was sent, and whether it was opened
//   GET  /api/deliveries/:deliveryId     the professional, signed in with that address: the item
//   GET  /api/deliveries/:deliveryId/media/:sha256   a photo or recording of that item only
// "Sent" is recorded only when the email server accepted the message; with no email server the
// send is refused before anything is made, so the app can say so and offer print or share.
import type { FastifyInstance } from 'fastify';
import {
  DeliveryMediaParams,
  DeliveryParams,
  DeliveryPlanParams,
  SendDeliverySchema,
  type DeliveryList,
  type DeliveryView,
} from '../../shared/deliveries';
import type { MailMessage } from '../auth/mailer';
import { accountOf } from '../auth/account';
import { requireUser, expectedOrigins, type ApiContext } from '../context';
import { forbidden, HttpError, validate } from '../errors';
import {
  listDeliveries,
  markFailed,
  markSent,
  maySend,
  openDelivery,
  deliveryMedia,
  prepareDelivery,
} from '../protocol/deliveries';
import { liveMembership } from '../protocol/members';

const notFound = () => new HttpError(404, 'not_found', 'There is nothing here.');

const ITEM_WORDS = {
  feedback: 'feedback about their review',
  pack: 'review pack: about them, and what they want the panel to know',
} as const;
const ROLE_WORDS = { commissioner: 'commissioner', careCoordinator: 'care co-ordinator' } as const;

/** The email: who sent what, the link, how to open it, and until when. No content of the plan. */
export function deliveryEmail(input: {
  item: 'feedback' | 'pack';
  personName: string | null;
  link: string;
  expiresAt: string;
  toRole: 'commissioner' | 'careCoordinator';
}): MailMessage {
  const who = input.personName ?? 'A person you work with';
  const until = new Date(input.expiresAt).toUTCString().slice(0, 16);
  return {
    subject: `${who} sent you their ${input.item === 'feedback' ? 'feedback' : 'review pack'}`,
    text: [
      `${who} sent you their ${ITEM_WORDS[input.item]}, with My Review.`,
      `They chose you as their ${ROLE_WORDS[input.toRole]}.`,
      `Open it here: ${input.link}`,
      'To open it, sign in with this email address. We send you a code to type in.',
      'You can read it, print it or save it as a PDF. You cannot change it.',
      `The link works until ${until}.`,
    ].join('\n\n'),
  };
}

export function registerDeliveryRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const db = ctx.store.db;
  const limited = { rateLimit: { max: ctx.apiLimit.max, timeWindow: ctx.apiLimit.windowMs } };

  app.post(
    '/api/plans/:planId/deliveries',
    { config: limited, bodyLimit: 4_096 },
    async (request, reply) => {
      const { planId } = validate(DeliveryPlanParams, request.params);
      const body = validate(SendDeliverySchema, request.body);
      const session = await requireUser(ctx, request);
      if (!maySend(await liveMembership(db, session.userId, planId))) throw forbidden();
      const send = ctx.mailer.sendMessage?.bind(ctx.mailer);
      if (!send)
        // Not 503: the app reads 502-504 as "no connection", and this is not that.
        throw new HttpError(
          409,
          'no_email_server',
          'This server cannot send email. Print it or share it instead.',
        );
      const prepared = await prepareDelivery(db, session.userId, planId, body);
      if (!prepared.ok)
        throw new HttpError(409, prepared.reason, 'There is nothing finished to send yet.');
      const origin = expectedOrigins(ctx, request)[0]!;
      const message = deliveryEmail({
        item: body.item,
        personName: prepared.personName,
        link: `${origin}/shared/${prepared.row.id}`,
        expiresAt: prepared.row.expires_at,
        toRole: body.to.role,
      });
      try {
        await send(body.to.email, message);
      } catch (error) {
        request.log.warn({ err: error }, 'the email server did not take a delivery');
        await markFailed(db, prepared.row);
        throw new HttpError(
          424,
          'email_failed',
          'The email server did not take the email. Nothing was sent.',
        );
      }
      return reply.code(201).send(await markSent(db, prepared.row));
    },
  );

  app.get(
    '/api/plans/:planId/deliveries',
    { config: limited },
    async (request): Promise<DeliveryList> => {
      const { planId } = validate(DeliveryPlanParams, request.params);
      const session = await requireUser(ctx, request);
      if (!maySend(await liveMembership(db, session.userId, planId))) throw forbidden();
      return {
        emailServer: typeof ctx.mailer.sendMessage === 'function',
        deliveries: await listDeliveries(db, planId),
      };
    },
  );

  app.get(
    '/api/deliveries/:deliveryId',
    { config: limited },
    async (request): Promise<DeliveryView> => {
      const { deliveryId } = validate(DeliveryParams, request.params);
      const session = await requireUser(ctx, request);
      const { email } = await accountOf(db, session.userId);
      const view = await openDelivery(db, deliveryId, { userId: session.userId, email });
      // The same answer for "no such link", "not your address" and "expired": nothing to learn.
      if (!view) throw notFound();
      return view;
    },
  );

  app.get(
    '/api/deliveries/:deliveryId/media/:sha256',
    { config: limited },
    async (request, reply) => {
      const { deliveryId, sha256 } = validate(DeliveryMediaParams, request.params);
      const session = await requireUser(ctx, request);
      const { email } = await accountOf(db, session.userId);
      const media = await deliveryMedia(db, deliveryId, email, sha256);
      if (!media) throw notFound();
      return reply
        .header('Content-Type', media.mime)
        .header('Content-Disposition', 'attachment')
        .send(media.bytes);
    },
  );
}
