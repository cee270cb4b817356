// The parts of "After my review", as data: the hub lists them in this order. Each part adds its
// entry here when its screens exist, so the hub never links to something that is not there.
import type { SymbolId } from '../../content/symbols';
import type { ScreenId } from '../../routes/screens';

export interface AfterSection {
  /** The screen the tile opens. */
  screen: ScreenId;
  symbol: SymbolId;
  /** Keys under after:hub.sections.<key> (label and hint). */
  key: string;
  /**
   * Its screen's code, words and pictures are fetched once the hub is idle: the diary, whose
   * first visit was slow to show with thousands of entries (bench/diary.mjs).
   */
  preload?: boolean;
}

export const AFTER_SECTIONS: readonly AfterSection[] = [
  { screen: 'afterReport', symbol: 'report', key: 'report' },
  { screen: 'diary', symbol: 'diary', key: 'diary', preload: true },
  { screen: 'afterDocuments', symbol: 'documents', key: 'documents' },
  { key: 'team', screen: 'afterTeam', symbol: 'contacts' },
  { key: 'crisis', screen: 'afterCrisis', symbol: 'crisis-plan' },
  { key: 'next', screen: 'afterNext', symbol: 'next-review' },
  { screen: 'afterActions', symbol: 'actions', key: 'actions' },
];
