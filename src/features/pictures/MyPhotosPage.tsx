import { useContext, useState } from 'preact/hooks';
import symbolsManifest from '../../../assets/symbols/symbols.json';
import { useCurrentPlan, useRecords } from '../../data';
import { isSymbolId, type SymbolId } from '../../content/symbols';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Disclosure } from '../../ui/Disclosure';
import { LiveStatus } from '../../ui/LiveStatus';
import { PageFrame } from '../../ui/PageFrame';
import { Picture } from '../../ui/Picture';
import { PreferencesContext } from '../../ui/preferences';
import { TextField } from '../../ui/TextField';
import { ChangePicture } from './ChangePicture';
import { PhotosHidden } from './PhotosHidden';
import { photosBySymbol, pictureChoiceRef } from './pictureChoices';
import { PrivacyToggle } from '../sharing/PrivacyToggle';
import { PICTURE_GROUPS, type PictureGroup } from './pictureGroups';
import './pictures.css';
import { HiddenContext } from '../../ui/HiddenContext';

const ALL: SymbolId[] = Object.keys(symbolsManifest).filter(isSymbolId);
const GROUPS = Object.keys(PICTURE_GROUPS) as PictureGroup[];

/**
 * /pictures — the pictures in My Review, each one changeable to the person's own photo: the ones
 * they changed first, then the rest a section at a time, or found by name.
 */
export default function MyPhotosPage() {
  const t = useT();
  const prefs = useContext(PreferencesContext);
  const plan = useCurrentPlan();
  const choices = useRecords(plan?.id, 'pictureChoice');
  const chosen = photosBySymbol(choices);
  // Every photo the person added, even one from before interface icons were left out of the list.
  const mine = ALL.filter((id) => chosen.has(id));
  const hidden = prefs.pictures === 'symbols' || prefs.pictures === 'none';
  // One dialog for the whole page: a hundred pictures need a hundred buttons, not a hundred dialogs.
  const [changing, setChanging] = useState<SymbolId | null>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const name = (id: SymbolId) => t(`pictures:names.${id}`);
  const wanted = query.trim().toLowerCase();
  const found = wanted
    ? GROUPS.flatMap((g) => PICTURE_GROUPS[g] as readonly SymbolId[]).filter((id) =>
        name(id).toLowerCase().includes(wanted),
      )
    : [];
  // The person's own photos can each be kept to themselves, as their answers can.
  const privacy = (id: SymbolId) =>
    plan && (
      <PrivacyToggle
        recordRef={pictureChoiceRef(plan.id, id)}
        data={choices?.find((r) => r.id === pictureChoiceRef(plan.id, id).id)?.data}
        what={t('pictures:myPhotos.photoFor', { name: name(id) })}
      />
    );
  const item = (id: SymbolId, mine = false) => (
    <li key={id} class="my-photos__item">
      <Picture symbol={id} alt="" size="large" />
      <span class="my-photos__name">{name(id)}</span>
      <Button
        variant="secondary"
        symbol="edit"
        onPress={() => {
          setChanging(id);
          setOpen(true);
        }}
      >
        {t('pictures:change.button')}
        <HiddenContext>{name(id)}</HiddenContext>
      </Button>
      {mine && privacy(id)}
    </li>
  );
  return (
    <PageFrame
      title={t('pictures:myPhotos.title')}
      symbol="photo"
      lede={t('pictures:myPhotos.lede')}
      up={{ href: '/settings', label: t('pictures:upSettings') }}
    >
      {hidden && mine.length > 0 && <PhotosHidden />}
      <h2>{t('pictures:myPhotos.chosenTitle')}</h2>
      {mine.length === 0 ? (
        <p>{t('pictures:myPhotos.none')}</p>
      ) : (
        <ul class="my-photos my-photos--mine">{mine.map((id) => item(id, true))}</ul>
      )}
      <h2>{t('pictures:myPhotos.allTitle')}</h2>
      <p>{t('pictures:myPhotos.allHint')}</p>
      <TextField
        label={t('pictures:myPhotos.find')}
        description={t('pictures:myPhotos.findHint')}
        value={query}
        onChange={setQuery}
        type="search"
        width="medium"
      />
      <LiveStatus>
        {wanted ? t('pictures:myPhotos.found', { count: found.length, query: query.trim() }) : ''}
      </LiveStatus>
      {wanted
        ? found.length > 0 && (
            <ul class="my-photos" aria-label={t('pictures:myPhotos.foundLabel')}>
              {found.map((id) => item(id))}
            </ul>
          )
        : GROUPS.map((g) => (
            <Disclosure
              key={g}
              label={t('pictures:myPhotos.group', {
                group: t(`pictures:myPhotos.groups.${g}`),
                count: PICTURE_GROUPS[g].length,
              })}
              symbol={PICTURE_GROUPS[g][0]}
            >
              <ul class="my-photos" aria-label={t(`pictures:myPhotos.groups.${g}`)}>
                {(PICTURE_GROUPS[g] as readonly SymbolId[]).map((id) => item(id))}
              </ul>
            </Disclosure>
          ))}
      <Dialog isOpen={open} onClose={() => setOpen(false)} title={t('pictures:change.title')}>
        {changing && (
          <ChangePicture symbol={changing} name={name(changing)} onClose={() => setOpen(false)} />
        )}
      </Dialog>
    </PageFrame>
  );
}
