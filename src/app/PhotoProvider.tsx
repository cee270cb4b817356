import type { ComponentChildren } from 'preact';
import { useCallback } from 'preact/hooks';
import { useCurrentPlan, useMediaUrls, useRecords } from '../data/hooks';
import { photosBySymbol } from '../features/pictures/pictureChoices';
import { PhotoLookupContext } from '../ui/photos';

/**
 * Gives every picture in the app the person's own photo for its symbol, where they chose one
 * (pictureChoice records). The kit's Picture reads it through a context, so the kit itself never
 * touches the data.
 */
export function PhotoProvider({ children }: { children: ComponentChildren }) {
  const plan = useCurrentPlan();
  const chosen = photosBySymbol(useRecords(plan?.id, 'pictureChoice'));
  const urls = useMediaUrls([...chosen.values()]);
  const key = [...chosen.entries()].join(';');
  const lookup = useCallback(
    (symbol: string) => {
      const sha = chosen.get(symbol);
      return sha ? urls.get(sha) : undefined;
    },
    // chosen is rebuilt each render; key says when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, urls],
  );
  return <PhotoLookupContext.Provider value={lookup}>{children}</PhotoLookupContext.Provider>;
}
