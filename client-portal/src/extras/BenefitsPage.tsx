import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../shared/router';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import './extras.css';

const BenefitsQuery = graphql(`
  query Benefits {
    benefits {
      id
      partner
      title
      description
      discount
      coupon
      link
    }
  }
`);

/** Portal de benefícios (showBenefits): the partners' active offers. */
export function BenefitsPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: BenefitsQuery });
  let body;
  if (fetching && !data) body = <Loading />;
  else if (!data) body = <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  else if (!data.benefits.length) body = <Empty title={t('benefits.empty')} why={t('benefits.emptyWhy')}><Link to="/">{t('nav.home')}</Link></Empty>;
  else {
    body = (
      <ul className="benefits">
        {data.benefits.map((b) => (
          <li key={b.id} className="card benefit" aria-labelledby={`benefit-${b.id}`}>
            <p className="partner">{b.partner}</p>
            <h2 id={`benefit-${b.id}`}>{b.title}</h2>
            <p>{b.description}</p>
            {b.discount && <p><strong>{t('benefits.discount')}:</strong> {b.discount}</p>}
            {b.coupon && <p><strong>{t('benefits.coupon')}:</strong> <code className="coupon">{b.coupon}</code></p>}
            {b.link && <p><a href={b.link} target="_blank" rel="noopener noreferrer">{t('benefits.use')}<span className="sr-only"> — {b.partner} {t('banners.opens')}</span></a></p>}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <>
      <h1>{t('benefits.title')}</h1>
      <p className="muted">{t('benefits.intro')}</p>
      {body}
    </>
  );
}
