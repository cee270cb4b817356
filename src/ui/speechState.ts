// What is being read aloud now, for the buttons and the sentences that light up.
import { createStore } from '../shared/store';

export interface SpeechState {
  status: 'idle' | 'speaking' | 'paused';
  /** Which block is being read (a page, a paragraph, a card). */
  queue: string | null;
  /** Index of the sentence being read within that block. */
  index: number;
}

export const speechState = createStore<SpeechState>({ status: 'idle', queue: null, index: -1 });
