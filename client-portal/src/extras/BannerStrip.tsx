import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import './extras.css';

const BannersQuery = graphql(`
  query MyBanners {
    myBanners {
      id
      title
      link
      imageUrl
    }
  }
`);

/** The banners of the client home (active, in period, for a development of one of the customer's units); nothing when there are none. */
export function BannerStrip() {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: BannersQuery });
  const banners = (data?.myBanners ?? []).filter((b) => b.imageUrl);
  if (!banners.length) return null;
  return (
    <section aria-label={t('banners.label')} className="banner-strip">
      {banners.map((b) => {
        const image = <img src={b.imageUrl!} alt={b.title} loading="lazy" />;
        return (
          <figure key={b.id} className="banner" data-testid="banner">
            {b.link ? <a href={b.link} target="_blank" rel="noopener noreferrer">{image}<span className="sr-only"> {t('banners.opens')}</span></a> : image}
          </figure>
        );
      })}
    </section>
  );
}
