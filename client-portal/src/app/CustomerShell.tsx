import { useQuery } from 'urql';
import { AccessPage } from '../access/AccessPage';
import { FinanceHome } from '../finance/FinanceHome';
import { UnitFinancePage } from '../finance/UnitFinancePage';
import { graphql } from '../gql';
import { Home } from '../home/Home';
import { useI18n } from '../i18n/i18n';
import { ProfilePage } from '../profile/ProfilePage';
import { NewRequest } from '../requests/NewRequest';
import { RequestDetail } from '../requests/RequestDetail';
import { RequestsPage } from '../requests/RequestsPage';
import { Link, match, usePath } from '../shared/router';
import { UnitPage } from '../units/UnitPage';
import { Empty } from '../ui/Status';
import { Header, useSignOut, type PortalLook } from './Header';

export const MenusQuery = graphql(`
  query Menus {
    myMenus {
      menu
      visible
      reason
    }
  }
`);

/** Each screen of the customer's portal, by address. Menus follow the portal's toggles (R-SET-1). */
export function CustomerShell({ name, portal }: { name: string; portal: PortalLook | null }) {
  const { t } = useI18n();
  const path = usePath();
  const signOut = useSignOut();
  const [{ data }] = useQuery({ query: MenusQuery });
  const menus = new Map((data?.myMenus ?? []).map((m) => [m.menu, m]));
  const service = menus.get('SERVICE');
  const assistance = menus.get('ASSISTANCE');
  const financial = menus.get('FINANCIAL');
  const current = (to: string) => (path === to ? { 'aria-current': 'page' as const } : {});

  const nav = (
    <ul>
      <li><Link to="/" {...current('/')}>{t('nav.home')}</Link></li>
      {service?.visible && <li><Link to="/atendimentos" {...current('/atendimentos')}>{t('nav.requests')}</Link></li>}
      {assistance?.visible && <li><Link to="/assistencia" {...current('/assistencia')}>{t('nav.assistance')}</Link></li>}
      {financial?.visible && <li><Link to="/financeiro" {...current('/financeiro')}>{t('nav.finance')}</Link></li>}
      <li><Link to="/meus-dados" {...current('/meus-dados')}>{t('nav.profile')}</Link></li>
      <li><Link to="/acesso" {...current('/acesso')}>{t('nav.access')}</Link></li>
      <li><button type="button" className="link" onClick={signOut}>{t('nav.signOut')}</button></li>
    </ul>
  );

  // A disabled menu's address explains itself instead of showing an empty page.
  const disabled = (menu: typeof service) => (
    <Empty title={t('requests.disabled')} why={menu?.reason ?? undefined}>
      <Link to="/">{t('nav.home')}</Link>
    </Empty>
  );

  let screen;
  let params: Record<string, string> | null;
  if (path === '/') screen = <Home name={name} />;
  else if ((params = match('/unidades/:id', path))) screen = <UnitPage id={params.id!} />;
  else if (path === '/financeiro') screen = financial && !financial.visible ? disabled(financial) : <FinanceHome />;
  else if ((params = match('/unidades/:id/financeiro', path))) screen = financial && !financial.visible ? disabled(financial) : <UnitFinancePage unitId={params.id!} />;
  else if (path === '/atendimentos') screen = service && !service.visible ? disabled(service) : <RequestsPage kind="SERVICE" />;
  else if (path === '/assistencia') screen = assistance && !assistance.visible ? disabled(assistance) : <RequestsPage kind="ASSISTANCE" />;
  else if (path === '/pedidos/novo') screen = <NewRequest menus={data?.myMenus ?? []} />;
  else if ((params = match('/pedidos/:id', path))) screen = <RequestDetail id={params.id!} />;
  else if (path === '/meus-dados') screen = <ProfilePage />;
  else if (path === '/acesso') screen = <AccessPage onSignOut={signOut} />;
  else screen = <Empty title={t('error.NOT_FOUND')}><Link to="/">{t('nav.home')}</Link></Empty>;

  return (
    <>
      <Header portal={portal} nav={nav} />
      <main id="conteudo" className="page">{screen}</main>
    </>
  );
}
