import { uuidv7 } from '../shared/ids';
import { db } from './db';

/** This device's id in the sync protocol. Made once; the server binds it to an account. */
export async function getClientId(): Promise<string> {
  const row = await db().meta.get('clientId');
  if (typeof row?.value === 'string') return row.value;
  const id = uuidv7();
  // add() not put(): if another tab made one at the same moment, theirs wins and we read it back.
  await db()
    .meta.add({ key: 'clientId', value: id })
    .catch(() => undefined);
  const again = await db().meta.get('clientId');
  return again?.value as string;
}

export async function getMeta<T>(key: string): Promise<T | undefined> {
  return (await db().meta.get(key))?.value as T | undefined;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await db().meta.put({ key, value });
}
