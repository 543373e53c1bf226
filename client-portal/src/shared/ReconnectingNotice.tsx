import { useReconnecting } from './connection';
import { useSharedI18n } from './create-i18n';
import './connection.css';

const WORDS = {
  'pt-BR': 'Reconectando… O que está na tela e o que você digitou continuam aqui.',
  en: 'Reconnecting… What is on screen and what you typed are still here.',
} as const;

/** Issue 15: a calm line while the server is out of reach; it goes away by itself when answers return. */
export function ReconnectingNotice() {
  const reconnecting = useReconnecting();
  const { locale } = useSharedI18n();
  if (!reconnecting) return null;
  return <div className="reconnecting" role="status" aria-live="polite" data-testid="reconnecting">{WORDS[locale]}</div>;
}
