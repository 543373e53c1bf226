import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { formatDate, formatTime } from '../shared/format/dates';
import { useOfflineSince } from './offline-state';
import './pwa.css';

/**
 * SPEC §17, mobile first: with no connection the portal still opens (the service worker keeps the
 * app and the last answers), and says calmly how old what is on screen is. When the connection is
 * back, one tap brings everything up to date.
 */
export function OfflineBanner() {
  const { t, locale } = useI18n();
  const since = useOfflineSince();
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  if (!since) return null;
  const when = locale === 'en' ? `${formatDate(since)} at ${formatTime(since)}` : `${formatDate(since)} às ${formatTime(since)}`;
  return (
    <div className="offline-banner" role="status">
      {online ? (
        <>
          <span>{t('offline.back')}</span>{' '}
          <button type="button" className="link" onClick={() => location.reload()}>{t('offline.refresh')}</button>
        </>
      ) : (
        <span>{t('offline.banner', { when })}</span>
      )}
    </div>
  );
}
