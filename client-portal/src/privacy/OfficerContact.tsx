import { graphql } from '../gql';
import './privacy.css';
import type { OfficerFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';

export const OfficerFragment = graphql(`
  fragment OfficerFields on DataProtectionOfficer {
    name
    email
    phone
  }
`);

/** R-OPS-3 (LGPD art. 41): the company's data-protection officer, and how to reach them. */
export function OfficerContact({ officer: o, compact = false }: { officer: OfficerFieldsFragment | null; compact?: boolean }) {
  const { t } = useI18n();
  if (!o) return compact ? null : <p className="muted">{t('privacy.officerNone')}</p>;
  if (compact) {
    return (
      <p className="privacy-officer-footer">
        {t('privacy.officerFooter')}{' '}
        {[o.name, o.email && <a key="e" href={`mailto:${o.email}`}>{o.email}</a>, o.phone && <a key="p" href={`tel:${o.phone.replace(/\D/g, '')}`}>{o.phone}</a>]
          .filter(Boolean).flatMap((part, i) => (i ? [' · ', part] : [part]))}
      </p>
    );
  }
  return (
    <>
      <p>{t('privacy.officerIntro')}</p>
      <dl className="privacy-officer">
        {o.name && <><dt>{t('privacy.officerName')}</dt><dd>{o.name}</dd></>}
        {o.email && <><dt>{t('privacy.officerEmail')}</dt><dd><a href={`mailto:${o.email}`}>{o.email}</a></dd></>}
        {o.phone && <><dt>{t('privacy.officerPhone')}</dt><dd><a href={`tel:${o.phone.replace(/\D/g, '')}`}>{o.phone}</a></dd></>}
      </dl>
    </>
  );
}
