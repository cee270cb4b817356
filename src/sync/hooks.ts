import { useLiveQuery } from '../data/liveQuery';
import { db } from '../data/db';
import { getAccount, type StoredAccount } from './account';

/** The account this device is signed in to: undefined while loading, null when none. */
export function useAccount(): StoredAccount | null | undefined {
  return useLiveQuery(async () => (await getAccount(db())) ?? null);
}
