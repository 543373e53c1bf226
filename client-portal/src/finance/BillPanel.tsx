import { useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { BillPartsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDate, formatTime } from '../shared/format/dates';
import { CopyButton } from './CopyButton';
import { MarkPaid } from './MarkPaid';
import { amountText } from './amount';

export const BillPartsFragmentDoc = graphql(`
  fragment BillParts on BillView {
    id
    dueDate
    amount {
      amount
    }
    digitableLine
    digitableLineGrouped
    pixCode
    pixQrSvg
    superseded
    current
    payable
    standalone
    pdfUrl
    canMarkPaid
    markedPaidAt
    proofUrl
  }
`);

/** The QR code the server draws (SVG, no external references) as an image. */
const svgImage = (svg: string) => `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;

/**
 * A bill to pay (R-FIN-8): the digitable line as banks print it, with a copy button; the PIX QR
 * code and its copy-and-paste code when the ERP sent one; the boleto as PDF. On a work's bill
 * (R-FIN-7), "Marcar como pago" with a proof, and once marked, when — with the proof.
 */
export function BillPanel({ bill, title, onChanged }: { bill: BillPartsFragment; title: string; onChanged?: () => void }) {
  const { t } = useI18n();
  const line = useRef<HTMLParagraphElement>(null);
  const amount = amountText(bill.amount);
  // Marked here: focus moves to what replaced the form (the notice of when), once the page has read it.
  const [marking, setMarking] = useState(false);
  const marked = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (marking && bill.markedPaidAt) marked.current?.focus();
  }, [marking, bill.markedPaidAt]);
  return (
    <div className="bill" data-testid="bill">
      <p className="bill-title"><strong>{title}</strong> <span className="muted">{t('finance.billDue', { date: formatDate(bill.dueDate), amount })}</span></p>
      {bill.markedPaidAt && (
        <p className="notice ok marked-paid" data-testid="marked-paid" tabIndex={-1} ref={marked}>
          <span>{t('finance.markedPaid', { date: formatDate(bill.markedPaidAt), time: formatTime(bill.markedPaidAt) })}</span>
          {bill.proofUrl && <a href={bill.proofUrl} target="_blank" rel="noopener">{t('finance.proof')}</a>}
        </p>
      )}
      <div className="bill-body">
        <div className="bill-line">
          <p className="label">{t('finance.digitableLine')}</p>
          <p className="digitable" ref={line} data-testid="digitable-line">{bill.digitableLineGrouped}</p>
          <div className="actions">
            <CopyButton text={bill.digitableLine} label={t('finance.copyLine')} done={t('finance.lineCopied')} selectOnFailure={() => line.current} />
            <a className="button secondary" href={`${bill.pdfUrl}?download=1`} download>{t('finance.billPdf')}</a>
          </div>
        </div>
        {bill.pixCode && (
          <div className="bill-pix">
            <p className="label">{t('finance.pix')}</p>
            {bill.pixQrSvg && <img className="pix-qr" src={svgImage(bill.pixQrSvg)} alt={t('finance.pixQrAlt', { amount })} width={176} height={176} />}
            <p className="help">{t('finance.pixHelp')}</p>
            <CopyButton text={bill.pixCode} label={t('finance.copyPix')} done={t('finance.pixCopied')} />
          </div>
        )}
      </div>
      {bill.canMarkPaid && !bill.markedPaidAt && (
        <MarkPaid
          billId={bill.id}
          onMarked={() => {
            setMarking(true);
            onChanged?.();
          }}
        />
      )}
    </div>
  );
}

/** R-FIN-9: a bill replaced by a 2ª via: shown, so the customer can tell it from the one to pay, but never payable here. */
export function SupersededBill({ bill }: { bill: BillPartsFragment }) {
  const { t } = useI18n();
  return (
    <div className="bill superseded" data-testid="superseded-bill">
      <p className="bill-title"><strong>{t('finance.superseded')}</strong></p>
      <p className="muted">{t('finance.supersededWas', { date: formatDate(bill.dueDate), amount: amountText(bill.amount) })}</p>
      <p className="digitable"><s>{bill.digitableLineGrouped}</s></p>
    </div>
  );
}
