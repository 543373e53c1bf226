import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';

export interface Photo {
  id: string;
  url: string;
  thumbnailUrl: string | null;
  width: number | null;
  height: number | null;
}

/**
 * R-WORK-1: the work log's photos full screen, made for a phone: swipe or the arrow buttons (and
 * the keyboard's arrows) to move, Esc or "Fechar" to leave; focus stays inside while open and
 * returns to the photo that opened it.
 */
export function PhotoViewer({ photos, start, title, onClose }: { photos: Photo[]; start: number; title: string; onClose: () => void }) {
  const { t } = useI18n();
  const [index, setIndex] = useState(start);
  const dialog = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const touchX = useRef<number | null>(null);
  const total = photos.length;
  const go = (step: number) => setIndex((i) => (i + step + total) % total);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    const { overflow } = document.body.style;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = overflow;
      opener?.focus();
    };
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowRight') go(1);
    else if (e.key === 'ArrowLeft') go(-1);
    else if (e.key === 'Tab') {
      // Keep focus in the viewer.
      const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>('button') ?? [])];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last?.focus(); }
      else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first?.focus(); }
    }
  };

  const photo = photos[index]!;
  const counter = t('works.viewerCount', { n: index + 1, total });
  return (
    <div className="photo-viewer" role="dialog" aria-modal="true" aria-label={title} ref={dialog} onKeyDown={onKeyDown}
      onTouchStart={(e) => { touchX.current = e.touches[0]?.clientX ?? null; }}
      onTouchEnd={(e) => {
        const from = touchX.current;
        const to = e.changedTouches[0]?.clientX;
        touchX.current = null;
        if (from !== null && to !== undefined && Math.abs(to - from) > 40) go(to < from ? 1 : -1);
      }}>
      <div className="photo-viewer-bar">
        <p className="photo-viewer-count" aria-live="polite">{counter}</p>
        <button type="button" ref={closeButton} className="photo-viewer-close" onClick={onClose}>{t('works.viewerClose')}</button>
      </div>
      <figure className="photo-viewer-figure">
        <img src={photo.url} alt={`${title} — ${counter}`} width={photo.width ?? undefined} height={photo.height ?? undefined} />
      </figure>
      {total > 1 && (
        <div className="photo-viewer-nav">
          <button type="button" onClick={() => go(-1)} aria-label={t('works.viewerPrev')}>‹ <span className="visually-hidden-mobile">{t('works.viewerPrev')}</span></button>
          <button type="button" onClick={() => go(1)} aria-label={t('works.viewerNext')}><span className="visually-hidden-mobile">{t('works.viewerNext')}</span> ›</button>
        </div>
      )}
    </div>
  );
}
