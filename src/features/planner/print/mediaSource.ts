// Where the photos and recordings of an answer come from. On the person's own devices: the device
// (IndexedDB). On a professional's read-only view: the server, through that one delivery only
// (src/features/deliver/deliveryMedia.ts). One context, so the same answer reads the same way in
// both places.
import { createContext } from 'preact';
import { useMediaUrl } from '../../../data';

/** A hook: the URL to show or play one photo or recording by its SHA-256, once it is ready. */
export type UseMediaUrl = (sha256: string | null | undefined) => string | undefined;

export interface Media {
  useUrl: UseMediaUrl;
  /** Someone else's photos and recordings (a professional's view): "Play the recording". */
  theirs: boolean;
}

export const MediaSource = createContext<Media>({ useUrl: useMediaUrl, theirs: false });
