// Photos, recordings and document files (PDF), addressed by the SHA-256 of their bytes. The server reads the upload as
// a stream (never more than 25 MB), hashes it as it arrives and refuses bytes that do not match
// their name. A repeated upload changes nothing. Only members of a plan holding it may fetch it.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MEDIA_MAX_BYTES, MEDIA_TYPES, mediaLimit, SHA256_HEX, Uuid } from '../../shared/protocol';
import { requireUser, type ApiContext } from '../context';
import { forbidden, HttpError, validate } from '../errors';
import { looksLike } from '../media/sniff';
import { addMedia, mayAddMedia, readMedia } from '../protocol/media';

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
        // Each type has its own limit (a file less than a recording); none is over MEDIA_MAX_BYTES.
        const limit = mediaLimit(mime);
        const declared = Number(request.headers['content-length'] ?? 0);
        if (declared > limit) throw tooLarge();
        const session = await requireUser(ctx, request);
        // Checked before a byte is read, and again under the plan's lock when adding.
        if (!(await mayAddMedia(ctx.store, session.userId, planId))) throw forbidden();

        const { bytes, sha256: actual } = await readLimited(request.body as Readable, limit);
        if (actual !== sha256)
          throw new HttpError(400, 'hash_mismatch', 'This did not arrive whole. Please try again.');
        if (!looksLike(mime, bytes.subarray(0, 16)))
          throw new HttpError(415, 'wrong_type', 'This kind of file cannot be used.');

        const added = await addMedia(ctx.store, session.userId, planId, { sha256, mime, bytes });
        if (added === 'forbidden') throw forbidden();
        return reply.code(added === 'added' ? 201 : 200).send({ sha256 });
      },
    );
  });

  app.get('/api/media/:sha256', { config: limited }, async (request, reply) => {
    const { sha256 } = validate(Params, request.params);
    const session = await requireUser(ctx, request);
    const row = await readMedia(ctx.store, session.userId, sha256);
    // The same answer whether it does not exist or is not yours: nothing to learn by guessing.
    if (!row) throw new HttpError(404, 'not_found', 'There is nothing here.');
    return reply
      .header('Content-Type', row.mime)
      .header('Content-Disposition', 'attachment')
      .send(row.bytes);
  });
}
