import { NotificationsPage } from '../notifications/NotificationsPage';
import { OfflineBanner } from '../pwa/OfflineBanner';
import { PushOptIn } from '../pwa/PushOptIn';
import { useQuery } from 'urql';
import { AccessPage } from '../access/AccessPage';
import { ContactPage } from '../contact/ContactPage';
import { BenefitsPage } from '../extras/BenefitsPage';
import { PendingNotice } from '../extras/PendingNotice';
import { ReferFriendPage } from '../extras/ReferFriendPage';
import { FaqPage } from '../faq/FaqPage';
import { FinanceHome } from '../finance/FinanceHome';
import { UnitFinancePage } from '../finance/UnitFinancePage';
import { graphql } from '../gql';
import { Home } from '../home/Home';
import { useI18n } from '../i18n/i18n';
import { ProfilePage } from '../profile/ProfilePage';
import { PrivacyPage } from '../privacy/PrivacyPage';
import { NewRequest } from '../requests/NewRequest';
import { RequestDetail } from '../requests/RequestDetail';
import { RequestsPage } from '../requests/RequestsPage';
import { Link, match, usePath } from '../shared/router';
import { UnitPage } from '../units/UnitPage';
import { Empty } from '../ui/Status';
import { SchedulePage } from '../works/SchedulePage';
import { SchedulingPage } from '../scheduling/SchedulingPage';
import { SurveysPage } from '../surveys/SurveysPage';
import { WorkLogPage } from '../works/WorkLogPage';
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
  const workLog = menus.get('WORK_LOG');
  const schedule = menus.get('SCHEDULE');
  const faq = menus.get('FAQ');
  const benefits = menus.get('BENEFITS');
  const referFriend = menus.get('REFER_FRIEND');
  const scheduling = menus.get('SCHEDULING');
  const surveys = menus.get('SURVEYS');
  const current = (to: string) => (path === to ? { 'aria-current': 'page' as const } : {});

  const nav = (
    <ul>
      <li><Link to="/" {...current('/')}>{t('nav.home')}</Link></li>
      {service?.visible && <li><Link to="/atendimentos" {...current('/atendimentos')}>{t('nav.requests')}</Link></li>}
      {assistance?.visible && <li><Link to="/assistencia" {...current('/assistencia')}>{t('nav.assistance')}</Link></li>}
      {financial?.visible && <li><Link to="/financeiro" {...current('/financeiro')}>{t('nav.finance')}</Link></li>}
      {workLog?.visible && <li><Link to="/diario-de-obra" {...current('/diario-de-obra')}>{t('nav.workLog')}</Link></li>}
      {schedule?.visible && <li><Link to="/cronograma" {...current('/cronograma')}>{t('nav.schedule')}</Link></li>}
      {scheduling?.visible && <li><Link to="/agendamentos" {...current('/agendamentos')}>{t('nav.scheduling')}</Link></li>}
      {surveys?.visible && <li><Link to="/pesquisa" {...current('/pesquisa')}>{t('nav.surveys')}</Link></li>}
      {faq?.visible && <li><Link to="/perguntas-frequentes" {...current('/perguntas-frequentes')}>{t('nav.faq')}</Link></li>}
      {benefits?.visible && <li><Link to="/beneficios" {...current('/beneficios')}>{t('nav.benefits')}</Link></li>}
      {referFriend?.visible && <li><Link to="/indique-um-amigo" {...current('/indique-um-amigo')}>{t('nav.referFriend')}</Link></li>}
      <li><Link to="/fale-conosco" {...current('/fale-conosco')}>{t('nav.contact')}</Link></li>
      <li><Link to="/meus-dados" {...current('/meus-dados')}>{t('nav.profile')}</Link></li>
      <li><Link to="/privacidade" {...current('/privacidade')}>{t('nav.privacy')}</Link></li>
      <li><Link to="/notificacoes" {...current('/notificacoes')}>{t('nav.notifications')}</Link></li>
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
  else if (path === '/diario-de-obra') screen = workLog && !workLog.visible ? disabled(workLog) : <WorkLogPage />;
  else if (path === '/cronograma') screen = schedule && !schedule.visible ? disabled(schedule) : <SchedulePage />;
  else if (path === '/atendimentos') screen = service && !service.visible ? disabled(service) : <RequestsPage kind="SERVICE" />;
  else if (path === '/assistencia') screen = assistance && !assistance.visible ? disabled(assistance) : <RequestsPage kind="ASSISTANCE" />;
  else if (path === '/pedidos/novo') screen = <NewRequest menus={data?.myMenus ?? []} />;
  else if ((params = match('/pedidos/:id', path))) screen = <RequestDetail id={params.id!} />;
  else if (path === '/agendamentos') screen = scheduling && !scheduling.visible ? disabled(scheduling) : <SchedulingPage />;
  else if (path === '/pesquisa') screen = surveys && !surveys.visible ? disabled(surveys) : <SurveysPage />;
  else if (path === '/perguntas-frequentes') screen = faq && !faq.visible ? disabled(faq) : <FaqPage />;
  else if (path === '/beneficios') screen = benefits && !benefits.visible ? disabled(benefits) : <BenefitsPage />;
  else if (path === '/indique-um-amigo') screen = referFriend && !referFriend.visible ? disabled(referFriend) : <ReferFriendPage />;
  else if (path === '/fale-conosco') screen = <ContactPage />;
  else if (path === '/meus-dados') screen = <ProfilePage />;
  else if (path === '/privacidade') screen = <PrivacyPage />;
  else if (path === '/notificacoes') screen = <NotificationsPage pushOptIn={<PushOptIn />} />;
  else if (path === '/acesso') screen = <AccessPage onSignOut={signOut} />;
  else screen = <Empty title={t('error.NOT_FOUND')}><Link to="/">{t('nav.home')}</Link></Empty>;

  return (
    <>
      <Header portal={portal} nav={nav} />
      <OfflineBanner />
      <main id="conteudo" className="page">{screen}</main>
      <PendingNotice who={name} proposals={menus.get('PENDING_PROPOSALS')?.visible ?? false} preRegistrations={menus.get('PENDING_PRE_REGISTRATIONS')?.visible ?? false} />
    </>
  );
}
