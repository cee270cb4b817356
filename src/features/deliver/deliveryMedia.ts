// The photos and recordings of what was sent, for the professional's read-only view: fetched from
// the server through that one delivery (so only what the item refers to, and only for the address
// it was sent to), and played from an object URL like the person's own, so the big "Play" button
// knows the recording's length.
import { useEffect, useState } from 'preact/hooks';
import { deliveries } from '../../sync';
import type { UseMediaUrl } from '../planner/print/mediaSource';

export function deliveryMediaHook(deliveryId: string): UseMediaUrl {
  return function useDeliveryMediaUrl(sha256) {
    const [url, setUrl] = useState<string | undefined>(undefined);
    useEffect(() => {
      setUrl(undefined);
      if (!sha256) return;
      let live = true;
      let made: string | undefined;
      deliveries.media(deliveryId, sha256).then(
        ({ bytes, mime }) => {
          if (!live) return;
          made = URL.createObjectURL(new Blob([bytes], { type: mime }));
          setUrl(made);
        },
        // Not there, or refused: the answer reads without it.
        () => undefined,
      );
      return () => {
        live = false;
        if (made) URL.revokeObjectURL(made);
      };
    }, [sha256]);
    return url;
  };
}
