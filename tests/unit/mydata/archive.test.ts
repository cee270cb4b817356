// The copy a person keeps: everything on the tablet goes into one zip and comes back exactly, for
// every record type there is (generated from the models registry, so a type added later is
// covered) and both kinds of media; a hostile or damaged file is refused with nothing written; a
// copy brought back twice adds nothing; a copy in the first format still comes back.
import { readFileSync } from 'node:fs';
import { Zip, ZipDeflate, ZipPassThrough, strToU8, zipSync } from 'fflate';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { db, MyReviewDb, useDatabase as switchDatabase } from '../../../src/data/db';
import { putMedia } from '../../../src/data/media';
import { ensureCurrentPlan, getCurrentPlanId } from '../../../src/data/plans';
import { forgetClientIdCache, saveRecords, singletonRef } from '../../../src/data/records';
import type { StoredRecord } from '../../../src/data/types';
import { CopyProblem } from '../../../src/features/mydata/archive/copyProblem';
import {
  FORMAT_VERSION,
  LIMITS,
  mediaPath,
  type CopyData,
} from '../../../src/features/mydata/archive/format';
import { checkCopy, restoreFromFile } from '../../../src/features/mydata/archive/readCopy';
import { blobSink } from '../../../src/features/mydata/archive/sinks';
import { buildSummary } from '../../../src/features/mydata/archive/summary';
import { sha256Of, writeCopy } from '../../../src/features/mydata/archive/writeCopy';
import { uuidv7 } from '../../../src/shared/ids';
import { MODELS } from '../../../src/shared/models';
import type { FieldKind } from '../../../src/shared/models/fields';
import { MutationSchema } from '../../../src/shared/protocol';
import type { FieldValue, Fields, RecordType } from '../../../src/shared/records';
import { toMutation } from '../../../src/sync/steps';

const t = ((key: string, o?: { defaultValue?: string; name?: string }) =>
  o?.defaultValue ?? (o?.name ? `${key} ${o.name}` : key)) as unknown as TFunction;

let fresh = 0;
/** Another tablet: a new, empty database, with the plan a tablet makes on first use. */
async function newTablet(): Promise<void> {
  switchDatabase(new MyReviewDb(`copy-${process.pid}-${++fresh}`));
  forgetClientIdCache();
  await ensureCurrentPlan();
}

function sample(
  spec: FieldKind,
  media: { photo: string; voice: string },
  name: string,
): FieldValue {
  switch (spec.kind) {
    case 'text':
      return `Words for ${name}`.slice(0, spec.max);
    case 'choice':
      return spec.values[spec.values.length - 1]!;
    case 'flag':
      return true;
    case 'number':
      return Math.min(spec.max, Math.max(spec.min, 3));
    case 'media':
      return /voice|record|audio/i.test(name) ? media.voice : media.photo;
    case 'recordId':
      return `attendee-${name}`;
  }
}

const PHOTO = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...strToU8('an invented photo'), 0xff, 0xd9]);
const VOICE = strToU8('OggS an invented recording of a few words');

/** A plan with one record of every type, a photo and a recording, some synced, one removed. */
async function fillTablet() {
  const plan = await ensureCurrentPlan();
  const photo = await putMedia(plan.id, PHOTO.slice().buffer, 'image/jpeg');
  const voice = await putMedia(plan.id, VOICE.slice().buffer, 'audio/webm');
  const writes = (Object.keys(MODELS) as RecordType[]).map((type) => {
    const fields: Fields = {};
    for (const [name, f] of Object.entries(MODELS[type].fields))
      fields[name] = sample(f.spec, { photo, voice }, name);
    fields.onlyMe = false;
    const ref =
      type === 'profile' ? singletonRef(plan.id, type) : { planId: plan.id, type, id: uuidv7() };
    return { ref, fields };
  });
  writes.push({
    ref: { planId: plan.id, type: 'answer', id: `answer:${plan.id}:safe` },
    fields: { words: 'I feel safe', scale: 'good' },
  });
  await saveRecords(writes);
  // As if synced: the server's revisions on the profile, and a removal the server knows of.
  const profileId = singletonRef(plan.id, 'profile').id;
  await db().records.update(profileId, { rev: { name: 7, onlyMe: 2 } });
  const removed = writes[3]!.ref.id;
  await db().records.update(removed, { deleted: true, rev: { text: 4 } });
  await db().outbox.clear();
  return { plan, photo, voice, profileId, removed };
}

async function makeCopy(): Promise<Blob> {
  const sink = blobSink();
  await writeCopy(sink, { appVersion: 'test', summary: (d, at) => buildSummary(d, at, t) });
  return sink.result();
}

const comparable = (r: StoredRecord) => ({
  planId: r.planId,
  id: r.id,
  type: r.type,
  data: r.data,
  rev: r.rev,
  deleted: r.deleted,
  createdAt: r.createdAt,
});

async function tabletState() {
  const d = db();
  return {
    plans: (await d.plans.toArray()).map((p) => p.id).sort(),
    records: await d.records.count(),
    outbox: await d.outbox.count(),
    media: await d.media.count(),
    meta: (await d.meta.toArray()).length,
  };
}

describe('a copy of everything', () => {
  it('brings back every record type and both media kinds exactly, as this tablet’s own work', async () => {
    const filled = await fillTablet();
    const before = (await db().records.toArray()).map(comparable);
    const copy = await makeCopy();

    await newTablet();
    const result = await restoreFromFile(copy);
    expect(result.added).toBe(before.length);

    const after = (await db().records.toArray()).map(comparable);
    expect(new Set(after.map((r) => r.type))).toEqual(new Set(Object.keys(MODELS)));
    expect(after.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      before.sort((a, b) => a.id.localeCompare(b.id)),
    );
    const photo = await db().media.get(filled.photo);
    const voice = await db().media.get(filled.voice);
    expect(new Uint8Array(photo!.bytes)).toEqual(PHOTO);
    expect(photo).toMatchObject({ mime: 'image/jpeg', planId: filled.plan.id, uploaded: 0 });
    expect(new Uint8Array(voice!.bytes)).toEqual(VOICE);
    expect(voice!.mime).toBe('audio/webm');

    // The plan is this tablet's own (claimed at sign-in), on screen, and the empty one is gone.
    expect(await getCurrentPlanId()).toBe(filled.plan.id);
    expect((await db().plans.toArray()).map((p) => [p.id, p.origin])).toEqual([
      [filled.plan.id, 'local'],
    ]);

    // Every record goes to the server like local work, with the revisions it had.
    const outbox = await db().outbox.toArray();
    expect(outbox).toHaveLength(before.length);
    for (const e of outbox) expect(MutationSchema.safeParse(toMutation(e)).success).toBe(true);
    const profile = outbox.find((e) => e.recordId === filled.profileId)!;
    expect(profile.op).toBe('patch');
    expect(profile.fields.name).toEqual({ value: 'Words for name', baseRev: 7 });
    const removal = outbox.find((e) => e.recordId === filled.removed)!;
    expect(removal).toMatchObject({ op: 'delete', seen: { text: 4 } });
  });

  it('lists a checksum for every entry, and says when and by which version it was made', async () => {
    await fillTablet();
    const copy = await checkCopy(await makeCopy());
    expect(copy.manifest).toMatchObject({ formatVersion: FORMAT_VERSION, appVersion: 'test' });
    expect(Date.parse(copy.manifest.madeAt)).not.toBeNaN();
    expect(Object.keys(copy.manifest.entries).sort()).toEqual(
      [...copy.entries.keys()].filter((n) => n !== 'manifest.json').sort(),
    );
    expect(copy.entries.has('summary.html')).toBe(true);
  });

  it('adds nothing when brought back twice', async () => {
    await fillTablet();
    const copy = await makeCopy();
    await newTablet();
    await restoreFromFile(copy);
    const once = await tabletState();
    const again = await restoreFromFile(copy);
    expect(again.added).toBe(0);
    expect(await tabletState()).toEqual(once);
  });

  it('keeps what this tablet already has, and adds only what is missing', async () => {
    const { plan, profileId } = await fillTablet();
    const copy = await makeCopy();
    await db().records.update(profileId, { data: { name: 'Changed here' } });
    const gone = (await db()
      .records.filter((r) => r.type === 'diary')
      .first())!;
    await db().records.delete(gone.id);
    const result = await restoreFromFile(copy);
    expect(result.added).toBe(1);
    expect((await db().records.get(profileId))!.data.name).toBe('Changed here');
    expect((await db().records.get(gone.id))!.planId).toBe(plan.id);
  });

  it('brings back a copy made in the first format', async () => {
    const file = readFileSync(new URL('./fixtures/copy-v1.zip', import.meta.url));
    const result = await restoreFromFile(new Blob([file]));
    expect(result.added).toBe(2);
    const planId = '01936b2e-1c00-7000-8000-000000000001';
    expect((await db().records.get(`profile:${planId}`))!).toMatchObject({
      data: { name: 'Sam' },
      rev: { name: 3 },
    });
    const answer = (await db().records.get(`answer:${planId}:safe`))!;
    expect(answer.data.words).toBe('I feel safe on the ward.');
    const kinds = (await db().media.toArray()).map((m) => m.mime).sort();
    expect(kinds).toEqual(['audio/ogg', 'image/png']);
    expect(await getCurrentPlanId()).toBe(planId);
  });

  it('makes a summary a person can read, from the models', async () => {
    await fillTablet();
    const copy = await checkCopy(await makeCopy());
    expect(copy.data.records.length).toBeGreaterThan(20);
    const data: CopyData = {
      plans: [{ id: 'p', role: 'owner', createdAt: '2026-01-01T00:00:00Z' }],
      records: [
        {
          planId: 'p',
          id: 'profile:p',
          type: 'profile',
          data: { name: 'Sam <b>' },
          rev: {},
          deleted: false,
          createdAt: '',
          updatedAt: '',
        },
        {
          planId: 'p',
          id: 'a1',
          type: 'action',
          data: { what: 'Find a flat near my mum', status: 'started' },
          rev: {},
          deleted: false,
          createdAt: '',
          updatedAt: '',
        },
      ],
      media: [],
    };
    const html = buildSummary(data, '2026-11-30T12:00:00Z', t);
    expect(html).toContain('Sam &#60;b&#62;');
    expect(html).toContain('Find a flat near my mum');
    expect(html).toContain('mydata:summary.areas.actionsAndDiary');
    expect(html).not.toMatch(/<script|<link|src="http/);
    // The page's language and direction, and the person's own words in their own direction.
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toMatch(/<dd dir="auto">Find a flat near my mum/);
  });
});

// ---------- hostile and damaged files ----------

type Entry = [name: string, bytes: Uint8Array, how?: 'store' | 'deflate'];

/** A zip made entry by entry with fflate's stream (which, unlike zipSync, allows a name twice). */
function zipOf(entries: Entry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, bytes, how] of entries) {
    const f = how === 'store' ? new ZipPassThrough(name) : new ZipDeflate(name);
    zip.add(f);
    f.push(bytes, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const PLAN = '01936b2e-1c00-7000-8000-0000000000aa';

function goodData(): CopyData {
  return {
    plans: [{ id: PLAN, role: 'owner', createdAt: '2026-11-01T00:00:00.000Z' }],
    records: [
      {
        planId: PLAN,
        id: `answer:${PLAN}:safe`,
        type: 'answer',
        data: { scale: 'good', words: 'Safe', photo: '' },
        rev: {},
        deleted: false,
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-01T00:00:00.000Z',
      },
    ],
    media: [],
  };
}

/** A copy built by hand: the entries given, and a manifest with their true checksums. */
async function handMade(
  entries: Entry[],
  manifest: Record<string, unknown> = {},
  listed?: Entry[],
): Promise<Blob> {
  const list: Record<string, { sha256: string; size: number }> = {};
  for (const [name, bytes] of listed ?? entries)
    list[name] = { sha256: await sha256Of(bytes as Uint8Array<ArrayBuffer>), size: bytes.length };
  const m = {
    kind: 'my-review-copy',
    formatVersion: FORMAT_VERSION,
    madeAt: '2026-11-30T12:00:00.000Z',
    appVersion: 'test',
    entries: list,
    ...manifest,
  };
  return new Blob([
    zipOf([...entries, ['manifest.json', strToU8(JSON.stringify(m))]]),
  ] as BlobPart[]);
}

const json = (v: unknown) => strToU8(JSON.stringify(v));

async function refused(file: Blob): Promise<string> {
  const before = await tabletState();
  if (process.env.DEBUG_COPY) {
    const r = await checkCopy(file).then(
      () => 'accepted',
      (e: Error) => e.message,
    );
    console.log('check:', r);
  }
  let problem = '';
  try {
    await restoreFromFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(CopyProblem);
    problem = (error as CopyProblem).problem;
    expect((error as CopyProblem).nothingChanged).toBe(true);
  }
  expect(await tabletState()).toEqual(before);
  return problem;
}

describe('a file that is not a good copy is refused, and nothing is written', () => {
  it('the hand-made good copy comes back (so each refusal below is for its one fault)', async () => {
    await ensureCurrentPlan();
    expect((await restoreFromFile(await handMade([['data.json', json(goodData())]]))).added).toBe(
      1,
    );
  });

  it('an entry whose name leaves the folder (zip slip), or any name a copy never has', async () => {
    await ensureCurrentPlan();
    for (const name of ['../../evil.json', '/etc/passwd', 'media/..\\x.jpg', 'media/../../x.jpg'])
      expect(
        await refused(
          await handMade([
            ['data.json', json(goodData())],
            [name, strToU8('x')],
          ]),
        ),
      ).toBe('notACopy');
  });

  it('a zip bomb: an entry bigger than any copy has, or one that inflates past what it claims', async () => {
    await ensureCurrentPlan();
    const big = new Uint8Array(LIMITS.mediaEntryBytes + 1);
    const name = mediaPath('a'.repeat(64), 'image/jpeg');
    expect(
      await refused(
        await handMade([
          ['data.json', json(goodData())],
          [name, big, 'store'],
        ]),
      ),
    ).toBe('tooBig');

    // data.json's directory entry says 100 bytes; it inflates to a megabyte (its checksum is true).
    const padded = strToU8(JSON.stringify(goodData()) + ' '.repeat(1024 * 1024));
    const bytes = new Uint8Array(await (await handMade([['data.json', padded]])).arrayBuffer());
    const view = new DataView(bytes.buffer);
    const dataJson = strToU8('data.json');
    let patched = false;
    for (let i = 0; i < bytes.length - 46 && !patched; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      if (indexOf(bytes.subarray(i + 46, i + 46 + dataJson.length), dataJson) !== 0) continue;
      view.setUint32(i + 24, 100, true);
      patched = true;
    }
    expect(patched).toBe(true);
    expect(await refused(new Blob([bytes] as BlobPart[]))).toBe('tooBig');
  }, 30_000);

  it('more entries than any copy has', async () => {
    await ensureCurrentPlan();
    const many = Object.fromEntries(
      Array.from({ length: LIMITS.entries + 1 }, (_, i) => [
        `media/${String(i).padStart(64, '0')}.jpg`,
        new Uint8Array(1),
      ]),
    );
    expect(await refused(new Blob([zipSync(many, { level: 0 })] as BlobPart[]))).toBe('tooBig');
  }, 30_000);

  it('an entry twice', async () => {
    await ensureCurrentPlan();
    const d = json(goodData());
    expect(
      await refused(
        await handMade([
          ['data.json', d],
          ['data.json', d],
        ]),
      ),
    ).toBe('damaged');
  });

  it('a wrong checksum', async () => {
    await ensureCurrentPlan();
    const changed = goodData();
    changed.records[0]!.data.words = 'Changed after the copy was made';
    expect(
      await refused(
        await handMade([['data.json', json(changed)]], {}, [['data.json', json(goodData())]]),
      ),
    ).toBe('damaged');
  });

  it('a record its model refuses, of a type there is not, or made for another plan', async () => {
    await ensureCurrentPlan();
    const wrongChoice = goodData();
    wrongChoice.records[0]!.data.scale = 'fantastic';
    const tooLong = goodData();
    tooLong.records[0]!.data.words = 'x'.repeat(20_001);
    const noSuchType = goodData();
    noSuchType.records[0]!.type = 'virus';
    const otherPlan = goodData();
    otherPlan.records[0]!.id = 'answer:01936b2e-1c00-7000-8000-0000000000bb:safe';
    const protoField = strToU8(
      JSON.stringify(goodData()).replace('"scale":"good"', '"__proto__":"x","scale":"good"'),
    );
    for (const [i, bad] of [wrongChoice, tooLong, noSuchType, otherPlan].entries())
      expect([i, await refused(await handMade([['data.json', json(bad)]]))]).toEqual([
        i,
        'wrongContent',
      ]);
    expect(await refused(await handMade([['data.json', protoField]]))).toBe('wrongContent');
  });

  it('a photo listed with no file, or a file that is not the photo it says', async () => {
    await ensureCurrentPlan();
    const sha = await sha256Of(PHOTO);
    const listed = goodData();
    listed.media.push({
      sha256: sha,
      planId: PLAN,
      mime: 'image/jpeg',
      size: PHOTO.length,
      path: mediaPath(sha, 'image/jpeg'),
    });
    expect(await refused(await handMade([['data.json', json(listed)]]))).toBe('wrongContent');
    const other = mediaPath('b'.repeat(64), 'image/jpeg');
    expect(
      await refused(
        await handMade([
          ['data.json', json(listed)],
          [other, PHOTO, 'store'],
        ]),
      ),
    ).toBe('wrongContent');
  });

  it('a copy from a newer version', async () => {
    await ensureCurrentPlan();
    expect(
      await refused(
        await handMade([['data.json', json(goodData())]], { formatVersion: FORMAT_VERSION + 1 }),
      ),
    ).toBe('newer');
  });

  it('a copy cut short, a file that is not a zip, a zip that is not a copy', async () => {
    await fillTablet();
    const copy = await makeCopy();
    await newTablet();
    expect(await refused(copy.slice(0, Math.floor(copy.size / 2)))).toBe('damaged');
    expect(await refused(copy.slice(0, copy.size - 10))).toBe('damaged');
    expect(await refused(new Blob(['Dear Sam, this is a letter.']))).toBe('notACopy');
    expect(
      await refused(new Blob([zipSync({ 'notes.txt': strToU8('hello') })] as BlobPart[])),
    ).toBe('notACopy');
  });

  it('a byte changed inside a photo', async () => {
    await fillTablet();
    const bytes = new Uint8Array(await (await makeCopy()).arrayBuffer());
    const at = indexOf(bytes, strToU8('an invented photo'));
    bytes[at] = bytes[at]! ^ 1;
    await newTablet();
    expect(await refused(new Blob([bytes] as BlobPart[]))).toBe('damaged');
  });
});

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i <= hay.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
