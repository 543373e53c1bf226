import type { FixScreen } from '../gql/graphql';

/** Where each explainer / health-check fix points in this app. */
export function fixRoute(fix: { screen: FixScreen; id: string; setting?: string | null }): string | null {
  switch (fix.screen) {
    case 'PORTAL_SETTINGS':
      return `/admin/portais/${fix.id}${fix.setting ? `#setting-${fix.setting}` : ''}`;
    case 'PORTAL_DEVELOPMENTS':
      return `/admin/portais/${fix.id}#developments`;
    case 'PORTAL_DOMAINS':
      return `/admin/portais/${fix.id}#domains`;
    case 'DEVELOPMENT':
      return `/admin/empreendimentos/${fix.id}${fix.setting ? `#setting-${fix.setting}` : ''}`;
    case 'BLOCK':
      return `/admin/empreendimentos/bloco/${fix.id}`;
    case 'STAGE':
      return `/admin/empreendimentos/etapa/${fix.id}`;
    case 'ASSOCIATION_TYPE':
      return `/admin/configuracao#association-type-${fix.id}`;
    case 'CONTRACT_TYPE':
      return `/admin/configuracao#contract-type-${fix.id}`;
    case 'SUBSUBJECT':
      return `/admin/configuracao#subsubject-${fix.id}`;
    case 'WORKFLOW':
      return '/admin/configuracao#workflows';
    case 'CONTRACT':
      return `/admin/contratos/${fix.id}`;
    case 'ACCOUNT':
      return `/admin/contas/${fix.id}`;
    case 'REQUEST':
      return `/admin/pedidos/${fix.id}`;
    case 'DATA_CHANGE':
      return `/admin/alteracoes?pedido=${encodeURIComponent(fix.id)}`;
    case 'BILLING_BLOCK':
      return `/admin/empreendimentos/${fix.id}#billing-blocks`;
    case 'CUSTOMER':
      return `/admin/clientes/${fix.id}`;
    case 'COMPANY_SETTINGS':
      if (fix.setting === 'erpCode') return '/admin/integracoes#erp-code';
      return `/admin/configuracao#${fix.setting === 'dataChangeApproval' ? 'approval' : `setting-${fix.setting ?? ''}`}`;
    default:
      return null;
  }
}
