import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { holdMedia, useCurrentPlan, useMediaUrl, useRecord } from '../../data';
import { symbolUrl, type SymbolId } from '../../content/symbolUrl';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PhotoPicker } from '../../ui/PhotoPicker';
import { PreferencesContext } from '../../ui/preferences';
import type { Photo } from '../../ui/resizePhoto';
import { pictureChoiceModel } from '../../shared/models/pictureChoice';
import { PhotosHidden } from './PhotosHidden';
import { pictureChoiceRef, setPhotoFor, savePhotoFor } from './pictureChoices';
import './pictures.css';

export interface ChangePictureProps {
  symbol: SymbolId;
  /** What the picture is, in words: the dialog says which picture is being changed. */
  name: string;
  onClose: () => void;
}

type Status = 'saved' | 'removed' | 'failed' | null;

/**
 * Inside the "Change this picture" dialog: use my own photo for a picture (taken with the camera or chosen from the tablet, made smaller
 * and without its location on the tablet), or go back to the picture. Going back keeps the photo,
 * so "Use my photo again" can undo it.
 */
export function ChangePicture({ symbol, name, onClose }: ChangePictureProps) {
  const t = useT();
  const prefs = useContext(PreferencesContext);
  const plan = useCurrentPlan();
  const choice = useRecord(plan ? pictureChoiceRef(plan.id, symbol).id : undefined);
  const current = pictureChoiceModel.decode(choice?.data).photo;
  const [last, setLast] = useState<string | null>(null);
  // "Use my photo again" needs the photo: it stays on the tablet while this is open. (A ref, set
  // before the change is saved, so the clean-up after the save already sees it held.)
  const kept = useRef<string | null>(null);
  useEffect(() => holdMedia(() => (kept.current ? [kept.current] : [])), []);
  const url = useMediaUrl(current);
  const [status, setStatus] = useState<Status>(null);
  const hidden = prefs.pictures === 'symbols' || prefs.pictures === 'none';

  const run = async (work: () => Promise<unknown>, done: Status) => {
    try {
      await work();
      setStatus(done);
    } catch {
      setStatus('failed');
    }
  };
  const onPhoto = (photo: Photo) =>
    plan && run(() => savePhotoFor(plan.id, symbol, photo), 'saved');
  const backToSymbol = () => {
    if (!plan || !current) return;
    kept.current = current;
    setLast(current);
    void run(() => setPhotoFor(plan.id, symbol, null), 'removed');
  };
  const photoAgain = () =>
    plan && last && void run(() => setPhotoFor(plan.id, symbol, last), 'saved');

  return (
    <>
      <p class="change-picture__name">{name}</p>
      <div class="change-picture__compare">
        <figure class="change-picture__option">
          <img src={symbolUrl(symbol)} alt={name} width="96" height="96" />
          <figcaption>{t('pictures:change.picture')}</figcaption>
        </figure>
        <figure class="change-picture__option">
          {url ? (
            <img
              src={url}
              alt={t('pictures:change.photoAlt', { name })}
              class="change-picture__photo"
            />
          ) : (
            <span class="change-picture__empty">{t('pictures:change.noPhoto')}</span>
          )}
          <figcaption>{t('pictures:change.photo')}</figcaption>
        </figure>
      </div>
      <PhotoPicker
        onPhoto={onPhoto}
        takeLabel={t('pictures:change.take')}
        chooseLabel={t('pictures:change.choose')}
      />
      <div role="status" class="change-picture__status">
        {status === 'saved' && <p>{t('pictures:change.saved')}</p>}
        {status === 'removed' && <p>{t('pictures:change.removed')}</p>}
      </div>
      {status === 'failed' && <Notice error title={t('pictures:change.failed')} />}
      {status === 'saved' && hidden && <PhotosHidden />}
      <div class="button-row">
        {current && (
          <Button variant="secondary" symbol="undo" onPress={backToSymbol}>
            {t('pictures:change.useSymbol')}
          </Button>
        )}
        {!current && last && (
          <Button variant="secondary" symbol="undo" onPress={photoAgain}>
            {t('pictures:change.usePhoto')}
          </Button>
        )}
        <Button symbol="tick" onPress={onClose}>
          {t('pictures:change.done')}
        </Button>
      </div>
    </>
  );
}
