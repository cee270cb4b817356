import { useContext } from 'preact/hooks';
import { symbolUrl, type SymbolId } from '../content/symbolUrl';
import { PhotoLookupContext } from './photos';
import { PreferencesContext } from './preferences';

export interface PictureProps {
  symbol: SymbolId;
  /**
   * What the picture shows, for people who cannot see it. Empty only when words right beside it
   * already say the same (a button or tile label), so screen readers do not hear it twice.
   */
  alt: string;
  /**
   * The person's own photo for this idea (an object URL), shown as the picture setting says.
   * Without it, the photo they chose for this symbol (if any) is used.
   */
  photo?: string;
  /** Words shown under the picture. */
  label?: string;
  size?: 'icon' | 'small' | 'medium' | 'large';
}

/**
 * A symbol or the person's own photo, honouring the picture setting: symbols, photos (the photo
 * where there is one, otherwise the symbol), both, or none.
 */
export function Picture({ symbol, alt, photo: given, label, size = 'medium' }: PictureProps) {
  const { pictures } = useContext(PreferencesContext);
  const lookup = useContext(PhotoLookupContext);
  const photo = given ?? lookup(symbol);
  if (pictures === 'none') return label ? <span class="picture__label">{label}</span> : null;
  const showPhoto = !!photo && (pictures === 'photos' || pictures === 'both');
  const showSymbol = !showPhoto || pictures === 'both';
  const images = (
    <>
      {showSymbol && (
        <img
          class="picture__img"
          src={symbolUrl(symbol)}
          alt={showPhoto ? '' : alt}
          width="72"
          height="72"
        />
      )}
      {showPhoto && <img class="picture__img picture__img--photo" src={photo} alt={alt} />}
    </>
  );
  if (!label) return <span class={`picture picture--${size}`}>{images}</span>;
  return (
    <figure class={`picture picture--${size}`}>
      {images}
      <figcaption class="picture__label">{label}</figcaption>
    </figure>
  );
}
