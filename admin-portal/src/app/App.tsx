import { FailedJobsPage } from '../notifications/FailedJobsPage';
import { useState, type ReactElement } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { AccountPage } from '../customers/AccountPage';
import { CustomerPage } from '../customers/CustomerPage';
import { CustomersPage } from '../customers/CustomersPage';
import { DeletionRequestsPage } from '../privacy/DeletionRequestsPage';
import { AuditPage } from '../audit/AuditPage';
import { AcceptInvitation } from '../auth/AcceptInvitation';
import { canOpen, StaffContext, type Staff } from '../auth/permissions';
import { SignIn } from '../auth/SignIn';
import { ConfigPage } from '../config/ConfigPage';
import { ContractPage } from '../config/ContractPage';
import { DataChangesPage } from '../data-changes/DataChangesPage';
import { ContactInbox } from '../contact/ContactInbox';
import { ContactMessagePage } from '../contact/ContactMessagePage';
import { FaqEditor } from '../faq/FaqEditor';
import { PortalExtrasPage } from '../extras/PortalExtrasPage';
import { DevelopmentPage } from '../developments/DevelopmentPage';
import { ScheduleAdmin } from '../works/ScheduleAdmin';
import { WorkLogAdmin } from '../works/WorkLogAdmin';
import { AppointmentsAdmin } from '../scheduling/AppointmentsAdmin';
import { SurveysAdmin } from '../surveys/SurveysAdmin';
import { DevelopmentsPage } from '../developments/DevelopmentsPage';
import { ExplainerPage } from '../explainer/ExplainerPage';
import { graphql } from '../gql';
import { ApiCallsPage } from '../integration/ApiCallsPage';
import { SyncRunPage } from '../integration/SyncRunPage';
import { SyncRunsPage } from '../integration/SyncRunsPage';
import { TokensPage } from '../integration/TokensPage';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { PortalPage } from '../portals/PortalPage';
import { PortalsPage } from '../portals/PortalsPage';
import { RequestDetail } from '../requests/RequestDetail';
import { RequestsDesk } from '../requests/RequestsDesk';
import { Link, match, usePath } from '@shared/router';
import { StaffPage } from '../staff/StaffPage';
import { Enrolment, MyTwoFactorQuery, RecoveryCodes, TwoFactorSettings } from '../account/TwoFactor';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ErrorMessage, Loading } from '../ui/Status';

const StaffViewerQuery = graphql(`
  query StaffViewer {
    me {
      id
      name
      kind
      staffRole
      permissions
      developments {
        id
      }
    }
  }
`);

const StaffSignOutMutation = graphql(`
  mutation StaffSignOut {
    signOut
  }
`);

const StaffSessionEventsSubscription = graphql(`
  subscription StaffSessionEvents {
    sessionEvents {
      kind
    }
  }
`);

type Area = { path: string; label: Parameters<ReturnType<typeof useI18n>['t']>[0] };

/** The areas of the app; who reaches each is in auth/permissions.ts (R-OPS-1; the server refuses the rest anyway). */
const AREAS: Area[] = [
  { path: '/admin/', label: 'nav.requests' },
  { path: '/admin/clientes', label: 'nav.customers' },
  { path: '/admin/explicar', label: 'nav.explainer' },
  { path: '/admin/portais', label: 'nav.portals' },
  { path: '/admin/configuracao', label: 'nav.config' },
  { path: '/admin/empreendimentos', label: 'nav.developments' },
  { path: '/admin/alteracoes', label: 'nav.dataChanges' },
  { path: '/admin/fale-conosco', label: 'nav.contact' },
  { path: '/admin/pesquisas', label: 'nav.surveys' },
  { path: '/admin/auditoria', label: 'nav.audit' },
  { path: '/admin/privacidade', label: 'nav.privacy' },
  { path: '/admin/equipe', label: 'nav.staff' },
  { path: '/admin/integracoes', label: 'nav.integration' },
  { path: '/admin/fila', label: 'nav.queue' },
];

export function App() {
  const path = usePath();
  if (path === '/admin/primeiro-acesso') return <AcceptInvitation />;
  return <Session />;
}

function Session() {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: StaffViewerQuery });
  if (fetching && !data) return <main className="page"><Loading /></main>;
  if (error && !data) return <main className="page"><ErrorMessage error={error} /></main>;
  const me = data?.me;
  if (!me || me.kind !== 'STAFF' || !me.staffRole) return <SignIn />;
  const staff = { role: me.staffRole, permissions: me.permissions, developmentIds: me.developments.map((d) => d.id) };
  return <StaffContext.Provider value={staff}><TwoFactorGate><Shell name={me.name} staff={staff} title={t('app.title')} /></TwoFactorGate></StaffContext.Provider>;
}

/** R-AUTH-8: an ADMIN the company requires two-step verification of, without it, turns it on before anything else (the server refuses the rest anyway). */
function TwoFactorGate({ children }: { children: ReactElement }) {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: MyTwoFactorQuery });
  const [codes, setCodes] = useState<string[] | null>(null);
  const [, signOut] = useMutation(StaffSignOutMutation);
  const status = data?.myTwoFactor;
  if (!status || !status.required || (status.enabled && !codes)) return children;
  return (
    <main className="page narrow" id="conteudo">
      <div className="top"><p className="brand-name">{t('app.title')}</p><LanguageSwitch /></div>
      <section className="card" aria-labelledby="forced-two-factor">
        <h1 id="forced-two-factor">{t('twoFactor.forcedTitle')}</h1>
        <p className="help">{t('twoFactor.forcedHelp')}</p>
        {codes ? <RecoveryCodes codes={codes} onDone={() => location.assign(location.pathname)} /> : <Enrolment onEnabled={setCodes} />}
      </section>
      <p><button type="button" className="link" onClick={() => signOut({}).then(() => location.assign('/admin/'))}>{t('nav.signOut')}</button></p>
    </main>
  );
}

function Shell({ name, staff, title }: { name: string; staff: Staff; title: string }) {
  const { t } = useI18n();
  const label = useLabel();
  const path = usePath();
  const [, signOut] = useMutation(StaffSignOutMutation);
  useSubscription({ query: StaffSessionEventsSubscription }, (_, event) => {
    location.assign('/admin/');
    return event;
  });
  const allowed = (areaPath: string) => canOpen(staff, areaPath);
  const guard = (areaPath: string, screen: ReactElement) =>
    allowed(areaPath) ? screen : <section><h1>{t('forbidden.title')}</h1><p className="notice error">{t('forbidden.text')}</p></section>;

  let screen: ReactElement;
  let p: Record<string, string> | null;
  if (path === '/admin' || path === '/admin/') screen = <RequestsDesk />;
  else if ((p = match('/admin/pedidos/:id', path))) screen = <RequestDetail id={p.id!} />;
  else if (path === '/admin/clientes') screen = <CustomersPage />;
  else if ((p = match('/admin/clientes/:id', path))) screen = <CustomerPage id={p.id!} />;
  else if ((p = match('/admin/contas/:id', path))) screen = <AccountPage id={p.id!} />;
  else if (path === '/admin/explicar') screen = <ExplainerPage />;
  else if (path === '/admin/portais') screen = guard('/admin/portais', <PortalsPage />);
  else if ((p = match('/admin/portais/:id/perguntas-frequentes', path))) screen = guard('/admin/portais', <FaqEditor portalId={p.id!} />);
  else if ((p = match('/admin/portais/:id/banners-e-beneficios', path))) screen = guard('/admin/portais', <PortalExtrasPage portalId={p.id!} />);
  else if ((p = match('/admin/portais/:id', path))) screen = guard('/admin/portais', <PortalPage id={p.id!} />);
  else if (path === '/admin/configuracao') screen = guard('/admin/configuracao', <ConfigPage />);
  else if ((p = match('/admin/contratos/:id', path))) screen = guard('/admin/configuracao', <ContractPage id={p.id!} />);
  else if (path === '/admin/empreendimentos') screen = guard('/admin/empreendimentos', <DevelopmentsPage />);
  else if ((p = match('/admin/empreendimentos/bloco/:id', path))) screen = guard('/admin/empreendimentos', <DevelopmentPage blockId={p.id!} />);
  else if ((p = match('/admin/empreendimentos/etapa/:id', path))) screen = guard('/admin/empreendimentos', <DevelopmentPage stageId={p.id!} />);
  else if ((p = match('/admin/empreendimentos/:id/diario-de-obra', path))) screen = guard('/admin/empreendimentos', <WorkLogAdmin developmentId={p.id!} />);
  else if ((p = match('/admin/empreendimentos/:id/agendamentos', path))) screen = guard('/admin/empreendimentos', <AppointmentsAdmin developmentId={p.id!} />);
  else if (path === '/admin/pesquisas') screen = guard('/admin/pesquisas', <SurveysAdmin />);
  else if ((p = match('/admin/empreendimentos/:id/cronograma', path))) screen = guard('/admin/empreendimentos', <ScheduleAdmin developmentId={p.id!} />);
  else if ((p = match('/admin/empreendimentos/:id', path))) screen = guard('/admin/empreendimentos', <DevelopmentPage id={p.id!} />);
  else if (path === '/admin/alteracoes') screen = guard('/admin/alteracoes', <DataChangesPage />);
  else if (path === '/admin/fale-conosco') screen = guard('/admin/fale-conosco', <ContactInbox />);
  else if ((p = match('/admin/fale-conosco/:id', path))) screen = guard('/admin/fale-conosco', <ContactMessagePage id={p.id!} />);
  else if (path === '/admin/auditoria') screen = guard('/admin/auditoria', <AuditPage />);
  else if (path === '/admin/privacidade') screen = guard('/admin/privacidade', <DeletionRequestsPage />);
  else if (path === '/admin/equipe') screen = guard('/admin/equipe', <StaffPage />);
  else if (path === '/admin/minha-conta') screen = <section><h1>{t('account.title')}</h1><TwoFactorSettings /></section>;
  else if (path === '/admin/fila') screen = guard('/admin/fila', <FailedJobsPage />);
  else if (path === '/admin/integracoes') screen = guard('/admin/integracoes', <TokensPage />);
  else if (path === '/admin/integracoes/chamadas') screen = guard('/admin/integracoes', <ApiCallsPage />);
  else if (path === '/admin/integracoes/sincronizacoes') screen = guard('/admin/integracoes', <SyncRunsPage />);
  else if ((p = match('/admin/integracoes/sincronizacoes/:id', path))) screen = guard('/admin/integracoes', <SyncRunPage id={p.id!} />);
  else screen = <p className="notice">{t('error.NOT_FOUND')}</p>;

  return (
    <div className="layout">
      <header className="site-header">
        <a className="skip" href="#conteudo">{t('app.skip')}</a>
        <div className="brand">
          <Link to="/admin/" className="brand-link">{title}</Link>
          <span className="who">{name} · {label('StaffRole', staff.role)}</span>
          <Link to="/admin/minha-conta" className="my-account" aria-current={path === '/admin/minha-conta' ? 'page' : undefined}>{t('nav.myAccount')}</Link>
          <LanguageSwitch />
          <button type="button" className="link" onClick={() => signOut({}).then(() => location.assign('/admin/'))}>{t('nav.signOut')}</button>
        </div>
        <nav aria-label={t('nav.menu')} className="main-nav">
          <ul>
            {AREAS.filter((a) => allowed(a.path)).map((a) => (
              <li key={a.path}><Link to={a.path} aria-current={path === a.path || (a.path !== '/admin/' && path.startsWith(a.path)) ? 'page' : undefined}>{t(a.label)}</Link></li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="conteudo" className="page">{screen}</main>
    </div>
  );
}
