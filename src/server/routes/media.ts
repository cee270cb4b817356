// Photos and recordings, addressed by the SHA-256 of their bytes. The server reads the upload as
// a stream (never more than 25 MB), hashes it as it arrives and refuses bytes that do not match
// their name. A repeated upload changes nothing. Only members of a plan holding it may fetch it.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MEDIA_MAX_BYTES, MEDIA_TYPES, SHA256_HEX, Uuid } from '../../shared/protocol';
import { audit } from '../audit';
import { requireUser, type ApiContext } from '../context';
import { forbidden, HttpError, validate } from '../errors';
import { looksLike } from '../media/sniff';
import { nowIso } from '../store/json';
import { canWrite, liveMemberships } from '../protocol/members';

const Params = z.strictObject({ sha256: z.string().regex(SHA256_HEX) });
const tooLarge = () => new HttpError(413, 'too_large', 'This is too big to send.');

async function readLimited(stream: Readable, limit: number) {
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      stream.destroy();
      throw tooLarge();
    }
    hash.update(chunk);
    chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks, size), sha256: hash.digest('hex') };
}

export function registerMediaRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const db = ctx.store.db;
  const limited = { rateLimit: { max: ctx.apiLimit.max, timeWindow: ctx.apiLimit.windowMs } };

  void app.register(async (scope) => {
    // Only these types are accepted; anything else is 415 before a byte is read.
    scope.addContentTypeParser([...MEDIA_TYPES], (_request, payload, done) => done(null, payload));

    scope.put(
      '/api/media/:sha256',
      { config: limited, bodyLimit: MEDIA_MAX_BYTES },
      async (request, reply) => {
        const { sha256 } = validate(Params, request.params);
        const planId = validate(Uuid, request.headers['x-plan-id']);
        const mime = String(request.headers['content-type']).split(';')[0]!.trim();
        const declared = Number(request.headers['content-length'] ?? 0);
        if (declared > MEDIA_MAX_BYTES) throw tooLarge();
        const session = await requireUser(ctx, request);
        const member = (await liveMemberships(db, session.userId, [planId])).get(planId);
        if (!member || !canWrite(member)) throw forbidden();

        const { bytes, sha256: actual } = await readLimited(
          request.body as Readable,
          MEDIA_MAX_BYTES,
        );
        if (actual !== sha256)
          throw new HttpError(400, 'hash_mismatch', 'This did not arrive whole. Please try again.');
        if (!looksLike(mime, bytes.subarray(0, 16)))
          throw new HttpError(415, 'wrong_type', 'This kind of file cannot be used.');

        const created = await db.transaction().execute(async (trx) => {
          const now = nowIso();
          await trx
            .insertInto('media')
            .values({
              sha256,
              mime,
              size: bytes.length,
              bytes,
              created_by: session.userId,
              created_at: now,
            })
            .onConflict((oc) => oc.column('sha256').doNothing())
            .execute();
          let lock = trx.selectFrom('plans').select('version').where('id', '=', planId);
          if (ctx.store.dialect === 'postgres') lock = lock.forUpdate();
          await lock.executeTakeFirst();
          const held = await trx
            .selectFrom('plan_media')
            .select('sha256')
            .where('plan_id', '=', planId)
            .where('sha256', '=', sha256)
            .executeTakeFirst();
          if (held) return false;
          // A new version of the plan, so other devices learn of it on their next pull.
          const { version } = await trx
            .updateTable('plans')
            .set((eb) => ({ version: eb('version', '+', 1) }))
            .where('id', '=', planId)
            .returning('version')
            .executeTakeFirstOrThrow();
          await trx
            .insertInto('plan_media')
            .values({
              plan_id: planId,
              sha256,
              version,
              created_by: session.userId,
              created_at: now,
            })
            .execute();
          await audit(trx, {
            actor: session.userId,
            planId,
            action: 'media.added',
            details: { bytes: bytes.length },
          });
          return true;
        });
        return reply.code(created ? 201 : 200).send({ sha256 });
      },
    );
  });

  app.get('/api/media/:sha256', { config: limited }, async (request, reply) => {
    const { sha256 } = validate(Params, request.params);
    const session = await requireUser(ctx, request);
    const row = await db
      .selectFrom('plan_media')
      .innerJoin('plan_members', 'plan_members.plan_id', 'plan_media.plan_id')
      .innerJoin('media', 'media.sha256', 'plan_media.sha256')
      .select(['media.mime', 'media.bytes'])
      .where('plan_media.sha256', '=', sha256)
      .where('plan_members.user_id', '=', session.userId)
      .where('plan_members.status', '=', 'active')
      .executeTakeFirst();
    // The same answer whether it does not exist or is not yours: nothing to learn by guessing.
    if (!row) throw new HttpError(404, 'not_found', 'There is nothing here.');
    return reply
      .header('Content-Type', row.mime)
      .header('Content-Disposition', 'attachment')
      .send(Buffer.from(row.bytes));
  });
}
