import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../shared/router';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import { UnitFinancePage } from './UnitFinancePage';
import './finance.css';

const FinanceUnitsQuery = graphql(`
  query FinanceUnits {
    myUnits {
      id
      name
      development {
        id
        name
      }
      block {
        id
        name
      }
    }
  }
`);

/** "Financeiro" from the menu: with one unit, its finances; with several, the unit to choose first. */
export function FinanceHome() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: FinanceUnitsQuery });
  if (fetching && !data) return <><h1>{t('finance.title')}</h1><Loading /></>;
  if (!data) return <><h1>{t('finance.title')}</h1><ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} /></>;
  const units = data.myUnits;
  if (units.length === 1) return <UnitFinancePage unitId={units[0]!.id} backToUnit={false} />;
  return (
    <>
      <h1>{t('finance.title')}</h1>
      {units.length === 0 ? (
        <Empty title={t('home.noUnits')} why={t('home.noUnitsWhy')} />
      ) : (
        <>
          <p>{t('finance.chooseUnit')}</p>
          <ul className="cards">
            {units.map((unit) => (
              <li key={unit.id} className="card">
                <h2 className="card-title">{unit.name}</h2>
                <p className="muted">{unit.development.name}{unit.block ? ` · ${unit.block.name}` : ''}</p>
                <Link to={`/unidades/${unit.id}/financeiro`} className="button secondary" aria-label={`${t('finance.openUnit')}: ${unit.name}`}>{t('finance.openUnit')}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
