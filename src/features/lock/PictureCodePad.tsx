import { useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { LiveStatus } from '../../ui/LiveStatus';
import { Picture } from '../../ui/Picture';
import { CODE_LENGTH, CODE_PICTURES, type CodePicture } from './pictureCode';
import './lock.css';

/**
 * Nine big picture buttons to tap a code of four. What was tapped shows as the pictures themselves,
 * not dots: the person can see what they chose. No time limit, no count of tries.
 */
export function PictureCodePad({
  label,
  onComplete,
}: {
  label: string;
  onComplete: (code: CodePicture[]) => void;
}) {
  const t = useT();
  const [code, setCode] = useState<CodePicture[]>([]);
  const name = (id: CodePicture) => t(`lock:codePictures.${id}`);
  const tap = (id: CodePicture) => {
    const next = [...code, id];
    if (next.length < CODE_LENGTH) return setCode(next);
    setCode([]);
    onComplete(next);
  };
  return (
    <div class="code-pad" role="group" aria-label={label}>
      <LiveStatus>
        {code.length
          ? t('lock:screen.chosen', { count: code.length })
          : t('lock:screen.chosenNone')}
      </LiveStatus>
      <ul class="code-pad__chosen" aria-label={t('lock:screen.picturesLabel')}>
        {code.map((id, i) => (
          <li key={i}>
            <Picture symbol={id} alt={name(id)} size="medium" />
          </li>
        ))}
      </ul>
      <div class="code-pad__keys">
        {CODE_PICTURES.map((id) => (
          <Button key={id} variant="secondary" class="code-pad__key" onPress={() => tap(id)}>
            <Picture symbol={id} alt="" size="medium" />
            <span>{name(id)}</span>
          </Button>
        ))}
      </div>
      {code.length > 0 && (
        <Button variant="quiet" symbol="undo" onPress={() => setCode([])}>
          {t('lock:screen.startAgain')}
        </Button>
      )}
    </div>
  );
}
