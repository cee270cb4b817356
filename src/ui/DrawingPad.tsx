import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/useT';
import { Button } from './Button';
import { editingGuard } from './editingGuard';
import { LiveStatus } from './LiveStatus';

export interface DrawingPadProps {
  /** An object URL of the drawing already saved. */
  drawingUrl?: string;
  /** Text alternative for the saved drawing. */
  alt: string;
  onSave: (bytes: ArrayBuffer, mime: string) => Promise<void> | void;
  onRemove?: () => void;
}

const WIDTH = 800;
const HEIGHT = 600;

/**
 * Draw with a finger, a pen or a mouse. The drawing saves itself a moment after each line, and
 * when the person leaves. Drawing is one way among several to answer (words, voice and photos
 * need no dragging), so nobody has to draw.
 */
export function DrawingPad({ drawingUrl, alt, onSave, onRemove }: DrawingPadProps) {
  const t = useT();
  const [drawing, setDrawing] = useState(false);
  const [status, setStatus] = useState('');
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onSaveRef = useRef(onSave);
  onSaveRef.current = onSave;

  const save = async () => {
    clearTimeout(timer.current);
    const c = canvas.current;
    if (!dirty.current || !c) return;
    dirty.current = false;
    const blob = await new Promise<Blob | null>((resolve) => c.toBlob(resolve, 'image/png'));
    try {
      if (!blob) throw new Error('no drawing');
      await onSaveRef.current(await blob.arrayBuffer(), 'image/png');
      setStatus(t('common:drawing.saved'));
    } catch {
      dirty.current = true;
      setStatus(t('common:drawing.failed'));
    }
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    if (!drawing) return;
    const ctx = canvas.current?.getContext('2d');
    if (ctx) {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, WIDTH, HEIGHT);
      // Carry on from the drawing already saved.
      if (drawingUrl) {
        const img = new Image();
        img.onload = () => ctx.drawImage(img, 0, 0, WIDTH, HEIGHT);
        img.src = drawingUrl;
      }
    }
    const release = editingGuard.addDraft(() => saveRef.current());
    return () => {
      void saveRef.current();
      release();
    };
    // Only when the pad opens: the saved drawing changes after every line we save ourselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drawing]);

  const point = (e: PointerEvent) => {
    const r = canvas.current!.getBoundingClientRect();
    return {
      x: ((e.clientX - r.left) / r.width) * WIDTH,
      y: ((e.clientY - r.top) / r.height) * HEIGHT,
    };
  };

  const line = (to: { x: number; y: number }) => {
    const ctx = canvas.current?.getContext('2d');
    const from = last.current;
    if (!ctx || !from) return;
    ctx.strokeStyle = '#111111';
    ctx.lineWidth = 8;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x + 0.01, to.y);
    ctx.stroke();
    last.current = to;
    dirty.current = true;
  };

  const endLine = () => {
    last.current = null;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current(), 800);
  };

  if (!drawing) {
    return (
      <div class="drawing">
        {drawingUrl && <img src={drawingUrl} alt={alt} class="drawing__saved" />}
        <div class="button-row">
          <Button variant="secondary" symbol="pencil" onPress={() => setDrawing(true)}>
            {drawingUrl ? t('common:drawing.again') : t('common:drawing.start')}
          </Button>
          {drawingUrl && onRemove && (
            <Button variant="secondary" symbol="remove" onPress={onRemove}>
              {t('common:drawing.remove')}
            </Button>
          )}
        </div>
        <LiveStatus class="voice__status">{status}</LiveStatus>
      </div>
    );
  }
  return (
    <div class="drawing">
      <p>{t('common:drawing.area')}</p>
      {/* Drawing is done by pointer; the words above say where, and the buttons below do the rest. */}
      <canvas
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        class="drawing__canvas"
        aria-hidden="true"
        onPointerDown={(e) => {
          canvas.current?.setPointerCapture(e.pointerId);
          last.current = point(e);
          line(point(e));
        }}
        onPointerMove={(e) => last.current && line(point(e))}
        onPointerUp={endLine}
        onPointerCancel={endLine}
      />
      <div class="button-row">
        <Button symbol="tick" onPress={() => void save().then(() => setDrawing(false))}>
          {t('common:drawing.done')}
        </Button>
        <Button
          variant="secondary"
          symbol="remove"
          onPress={() => {
            const ctx = canvas.current?.getContext('2d');
            if (!ctx) return;
            ctx.fillStyle = '#ffffff';
            ctx.fillRect(0, 0, WIDTH, HEIGHT);
            // A clear page is no drawing: nothing to save, and the saved one is taken away.
            clearTimeout(timer.current);
            dirty.current = false;
            onRemove?.();
          }}
        >
          {t('common:drawing.clear')}
        </Button>
      </div>
      <LiveStatus class="voice__status">{status}</LiveStatus>
    </div>
  );
}
