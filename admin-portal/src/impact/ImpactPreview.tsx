import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useClient } from 'urql';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import type { ImpactChangeInput, ImpactDirection, ImpactKind, ImpactPreviewQuery as ImpactPreviewResult } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';

const ImpactPreviewQuery = graphql(`
  query ImpactPreview($change: ImpactChangeInput!, $page: ImpactPageInput) {
    impactPreview(change: $change, page: $page) {
      nothingChanges
      summary
      kinds {
        kind
        direction
        customers
        objects
        summary
        nextCursor
        examples { customerId customerName objectId objectLabel ruleId ruleLabel }
      }
    }
  }
`);

type Preview = ImpactPreviewResult['impactPreview'];
type OfKind = Preview['kinds'][number];
type Example = OfKind['examples'][number];

/** Where the explainer answers "why (not)?" for one affected customer and object (R-EXPLAIN-1). */
function explainLink(kind: ImpactKind, example: Example): string {
  const param = { UNITS: 'unidade', CONTRACTS: 'contrato', REQUESTS: 'pedido', INSTALLMENTS: 'parcela', BILLS: 'boleto', MENUS: 'menu', LOGINS: 'acesso' }[kind];
  return `/admin/explicar?cliente=${example.customerId}&${param}=${encodeURIComponent(example.objectId)}`;
}

interface Asked {
  change: ImpactChangeInput;
  save: () => Promise<unknown> | unknown;
  cancel?: () => void;
}

/**
 * R-EXPLAIN-4 on a screen: before a change that can alter what customers see is saved, the screen
 * asks the server what it would do (`impactPreview`: the change is made and rolled back). Nothing
 * for anyone: it saves at once. Otherwise it says so in a sentence ("Esta mudança esconde 1 unidade
 * de 2 clientes") with the affected customers one click away, each linking to the explainer, and
 * saves only on "Salvar".
 *
 * `confirm(change, save, cancel?)` starts it; `panel` is what the screen renders (nothing, or the
 * question).
 */
export function useImpactPreview(): { confirm: (change: ImpactChangeInput, save: Asked['save'], cancel?: () => void) => Promise<void>; panel: ReactNode; checking: boolean } {
  const { t } = useI18n();
  const client = useClient();
  const [asked, setAsked] = useState<(Asked & { preview: Preview }) | null>(null);
  const [checking, setChecking] = useState(false);

  async function confirm(change: ImpactChangeInput, save: Asked['save'], cancel?: () => void) {
    setChecking(true);
    const answer = await client.query(ImpactPreviewQuery, { change, page: { first: 10 } }, { requestPolicy: 'network-only' }).toPromise();
    setChecking(false);
    // Too large a company to work it out in time: said so, and the person decides.
    const unavailable = answer.error?.graphQLErrors.find((e) => e.extensions?.code === 'PREVIEW_UNAVAILABLE');
    if (unavailable) {
      setAsked({ change, save, cancel, preview: { nothingChanges: false, summary: unavailable.message, kinds: [] } });
      return;
    }
    // A refusal (a wrong value, out of scope) is the save's own: the save is sent and refused the same
    // way, so the screen shows it where it shows the save's errors (on the field); nothing is written.
    // Nothing changes for anyone: saved at once.
    if (answer.error || !answer.data || answer.data.impactPreview.nothingChanges) {
      await save();
      return;
    }
    setAsked({ change, save, cancel, preview: answer.data.impactPreview });
  }

  const panel = (
    <>
      {checking && <p role="status" className="muted">{t('impact.checking')}</p>}
      {asked && (
        <ImpactDialog
          asked={asked}
          onCancel={() => { asked.cancel?.(); setAsked(null); }}
          onSave={async () => { setAsked(null); await asked.save(); }}
        />
      )}
    </>
  );
  return { confirm, panel, checking };
}

function ImpactDialog({ asked, onCancel, onSave }: { asked: Asked & { preview: Preview }; onCancel: () => void; onSave: () => void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const escape = (e: KeyboardEvent) => { if (e.key === 'Escape') onCancel(); };
    window.addEventListener('keydown', escape);
    return () => window.removeEventListener('keydown', escape);
  }, [onCancel]);
  const { preview } = asked;
  return (
    <div className="overlay">
      <section className="card dialog" role="dialog" aria-modal="true" aria-labelledby="impact-title">
        <h2 id="impact-title" ref={heading} tabIndex={-1}>{t('impact.title')}</h2>
        <p className="impact-summary">{preview.summary}</p>
        <ul className="list">
          {preview.kinds.map((k) => {
            const key = `${k.kind}-${k.direction}`;
            return (
              <li key={key}>
                <span>{k.summary}</span>{' '}
                <button type="button" className="link" aria-expanded={open === key} onClick={() => setOpen(open === key ? null : key)}>
                  {t(open === key ? 'impact.hideCustomers' : 'impact.showCustomers')}
                </button>
                {open === key && <AffectedCustomers change={asked.change} first={k} />}
              </li>
            );
          })}
        </ul>
        <p className="help">{t('impact.help')}</p>
        <div className="actions">
          <button type="button" onClick={onSave}>{t('impact.save')}</button>
          <button type="button" className="secondary" onClick={onCancel}>{t('impact.cancel')}</button>
        </div>
      </section>
    </div>
  );
}

/** The customers one kind of change reaches, page by page, each with the rule and a link to the explainer. */
function AffectedCustomers({ change, first }: { change: ImpactChangeInput; first: OfKind }) {
  const { t } = useI18n();
  const client = useClient();
  const [examples, setExamples] = useState<Example[]>(first.examples);
  const [cursor, setCursor] = useState<string | null>(first.nextCursor ?? null);
  const [busy, setBusy] = useState(false);
  async function more() {
    setBusy(true);
    const page = { kind: first.kind, direction: first.direction as ImpactDirection, after: cursor, first: 25 };
    const answer = await client.query(ImpactPreviewQuery, { change, page }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    const mine = answer.data?.impactPreview.kinds.find((k) => k.kind === first.kind && k.direction === first.direction);
    if (!mine) return;
    setExamples((shown) => [...shown, ...mine.examples]);
    setCursor(mine.nextCursor ?? null);
  }
  return (
    <>
      <ul className="list impact-customers" aria-label={t('impact.customers')}>
        {examples.map((e) => (
          <li key={`${e.customerId}-${e.objectId}`}>
            <strong>{e.customerName}</strong> — {e.objectLabel}
            {e.ruleLabel && <span className="muted"> · {t(first.direction === 'LOST' ? 'impact.ruleStops' : 'impact.ruleStarts')} {e.ruleLabel}</span>}{' '}
            <Link to={explainLink(first.kind, e)}>{t('impact.why')}</Link>
          </li>
        ))}
      </ul>
      {cursor && <button type="button" className="secondary" disabled={busy} onClick={() => void more()}>{t('impact.more')}</button>}
    </>
  );
}
