import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import './pwa.css';

const PushDevicesQuery = graphql(`
  query PushDevices($currentEndpoint: String) {
    webPushPublicKey
    myPushDevices(currentEndpoint: $currentEndpoint) {
      id
      label
      thisDevice
    }
  }
`);

const SubscribePushMutation = graphql(`
  mutation SubscribePush($input: SubscribePushInput!) {
    subscribePush(input: $input) {
      id
      label
      thisDevice
    }
  }
`);

const UnsubscribePushMutation = graphql(`
  mutation UnsubscribePush($endpoint: String!) {
    unsubscribePush(endpoint: $endpoint)
  }
`);

const base64urlBytes = (text: string) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=')), (c) => c.charCodeAt(0));

function sameKey(buffer: ArrayBuffer | null | undefined, key: string): boolean {
  if (!buffer) return false;
  const a = new Uint8Array(buffer);
  const b = base64urlBytes(key);
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

const pushSupported = () => 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

/** The service worker's registration, if the portal has one here within a few seconds (the development server has none). */
function registrationSoon(ms = 5000): Promise<ServiceWorkerRegistration | null> {
  return Promise.race([navigator.serviceWorker.ready, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

/**
 * "Notificações no celular" for this device: asks the browser's permission, subscribes with the
 * server's public key (VAPID) and hands the subscription to the server; says where things stand
 * in words — on here, off, blocked by the browser (and how to unblock), or not supported — and
 * turns it off again. Every button is type="button": it lives inside the preferences form.
 */
export function PushOptIn() {
  const { t } = useI18n();
  const [support, setSupport] = useState<'checking' | 'unsupported' | 'ready'>('checking');
  const [endpoint, setEndpoint] = useState<string | null>(null);
  const [permission, setPermission] = useState<NotificationPermission>(() => (pushSupported() ? Notification.permission : 'default'));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<'dismissed' | 'failed' | null>(null);
  const [{ data }, refetch] = useQuery({ query: PushDevicesQuery, variables: { currentEndpoint: endpoint }, pause: support !== 'ready', requestPolicy: 'cache-and-network' });
  const [, subscribe] = useMutation(SubscribePushMutation);
  const [, unsubscribe] = useMutation(UnsubscribePushMutation);

  useEffect(() => {
    let live = true;
    void (async () => {
      const registration = pushSupported() ? await registrationSoon() : null;
      const current = registration ? await registration.pushManager.getSubscription().catch(() => null) : null;
      if (!live) return;
      setEndpoint(current?.endpoint ?? null);
      setSupport(registration ? 'ready' : 'unsupported');
    })();
    return () => {
      live = false;
    };
  }, []);

  async function turnOn() {
    setBusy(true);
    setProblem(null);
    try {
      const answer = await Notification.requestPermission();
      setPermission(answer);
      if (answer !== 'granted') {
        if (answer === 'default') setProblem('dismissed');
        return;
      }
      const key = data?.webPushPublicKey;
      if (!key) throw new Error('no public key');
      const registration = await navigator.serviceWorker.ready;
      let subscription = await registration.pushManager.getSubscription();
      // Made with another key (another server, or keys replaced): the push service would refuse us.
      if (subscription && !sameKey(subscription.options.applicationServerKey, key)) {
        await subscription.unsubscribe();
        subscription = null;
      }
      subscription ??= await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64urlBytes(key) });
      const keys = subscription.toJSON().keys ?? {};
      const result = await subscribe({ input: { endpoint: subscription.endpoint, p256dh: keys.p256dh ?? '', auth: keys.auth ?? '' } });
      if (result.error) throw result.error;
      setEndpoint(subscription.endpoint);
      refetch({ requestPolicy: 'network-only' });
    } catch {
      setProblem('failed');
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    setProblem(null);
    try {
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.getSubscription();
      if (subscription) {
        await unsubscribe({ endpoint: subscription.endpoint });
        await subscription.unsubscribe();
      }
      setEndpoint(null);
      refetch({ requestPolicy: 'network-only' });
    } finally {
      setBusy(false);
    }
  }

  if (support === 'checking') return null;
  const here = endpoint !== null && (data?.myPushDevices ?? []).some((d) => d.thisDevice);
  const others = (data?.myPushDevices ?? []).filter((d) => !d.thisDevice).map((d) => d.label);
  let body;
  if (support === 'unsupported') {
    body = <><p className="push-state">{t('push.unsupported')}</p><small>{t('push.unsupportedHow')}</small></>;
  } else if (permission === 'denied') {
    body = <><p className="push-state">{t('push.blocked')}</p><small>{t('push.blockedHow')}</small></>;
  } else if (here) {
    body = (
      <>
        <p className="push-state">{t('push.on')}</p>
        <small>{t('push.onWhy')}</small>
        <button type="button" className="secondary" onClick={() => void turnOff()} disabled={busy} aria-busy={busy}>{busy ? t('push.working') : t('push.turnOff')}</button>
      </>
    );
  } else {
    body = (
      <>
        <p className="push-state">{t('push.off')}</p>
        <button type="button" onClick={() => void turnOn()} disabled={busy || !data} aria-busy={busy}>{busy ? t('push.working') : t('push.turnOn')}</button>
      </>
    );
  }
  return (
    <div className="push-opt-in" role="group" aria-label={t('push.title')} aria-live="polite">
      {body}
      {problem && <p className="notice warn" role="alert">{t(problem === 'dismissed' ? 'push.dismissed' : 'push.failed')}</p>}
      {others.length > 0 && <small>{t('push.others', { devices: others.join(', ') })}</small>}
    </div>
  );
}
