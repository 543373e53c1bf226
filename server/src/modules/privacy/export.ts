import { execute, parse, validate, type GraphQLError, type GraphQLSchema } from 'graphql';
import { DomainError } from '../../domain-errors.js';
import type { Context } from '../../graphql/context.js';
import type { Logger } from '../../logger.js';
import type { FileReader } from '../files/file-access.js';
import { EXPORT_DOCUMENTS, type ExportDocumentName } from './export-documents.js';

/** A file of the customer's that goes in the zip: found in what the portal shows them, read through the files' own access rule. */
export interface ExportFile {
  id: string;
  /** The folder in the zip ("contratos", "fotos-dos-pedidos"…). */
  folder: string;
}

export interface ExportData {
  /** What goes in dados.json. */
  json: Record<string, unknown>;
  files: ExportFile[];
}

const FILE_URL = /^\/files\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Which folder a file goes in, by the section and the field that points to it. */
const FOLDERS: Record<string, string> = {
  'unidades.documentUrl': 'contratos',
  'unidades.url': 'documentos-das-unidades',
  'financeiro.proofUrl': 'comprovantes-de-pagamento',
  'pedidos.url': 'fotos-dos-pedidos',
};

/** Every `/files/<id>` the section's data points to, under the fields FOLDERS names. */
function filesIn(section: string, value: unknown, found: Map<string, ExportFile>): void {
  if (Array.isArray(value)) return value.forEach((v) => filesIn(section, v, found));
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    const folder = FOLDERS[`${section}.${key}`];
    const match = typeof child === 'string' ? FILE_URL.exec(child) : null;
    if (folder && match && !found.has(match[1]!)) found.set(match[1]!, { id: match[1]!, folder });
    else filesIn(section, child, found);
  }
}

/**
 * R-OPS-3: the customer's data as the portal shows it to them — each section is one of the
 * portal's own GraphQL operations (export-documents.ts), executed against the one schema with the
 * customer's own Context, so every visibility rule, menu toggle and permission applies exactly as
 * on screen, and another customer's data cannot appear. A section the portal does not offer them
 * (a menu turned off) is listed under `indisponivel` with the reason, in Portuguese.
 */
export async function collectExport(schema: GraphQLSchema, ctx: Context, logger: Logger): Promise<ExportData> {
  const unavailable: { secao: string; motivo: string }[] = [];
  const run = async (section: string, name: ExportDocumentName, variables: Record<string, unknown> = {}): Promise<Record<string, unknown> | null> => {
    const document = parse(EXPORT_DOCUMENTS[name]);
    const invalid = validate(schema, document);
    if (invalid.length) throw new Error(`export document ${name} does not match the schema: ${invalid.map((e) => e.message).join('; ')}`);
    const result = await execute({ schema, document, contextValue: ctx, variableValues: variables });
    for (const error of result.errors ?? []) {
      const original = (error as GraphQLError).originalError;
      if (!(original instanceof DomainError)) logger.error({ err: original ?? error, section }, 'export section failed');
      const motivo = original instanceof DomainError ? original.message : 'Esta parte não pôde ser lida agora. Tente baixar de novo em instantes.';
      if (!unavailable.some((u) => u.secao === section && u.motivo === motivo)) unavailable.push({ secao: section, motivo });
    }
    return (result.data as Record<string, unknown> | null | undefined) ?? null;
  };
  const pages = async <T>(section: string, name: ExportDocumentName, field: string): Promise<T[]> => {
    const all: T[] = [];
    let after: string | null = null;
    for (;;) {
      const data = await run(section, name, { after });
      const page = data?.[field] as { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } | undefined;
      if (!page) return all;
      all.push(...page.nodes);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return all;
      after = page.pageInfo.endCursor;
    }
  };

  const menus = new Map(((await run('menus', 'menus'))?.myMenus as { menu: string; visible: boolean }[] | undefined ?? []).map((m) => [m.menu, m.visible]));
  const json: Record<string, unknown> = {};
  json.cadastro = (await run('cadastro', 'cadastro'))?.me ?? null;
  json.endereco = (await run('endereco', 'endereco'))?.myAddressStatus ?? null;
  const units = ((await run('unidades', 'unidades', { withContracts: menus.get('CONTRACTS') ?? false }))?.myUnits ?? []) as { id: string }[];
  json.unidades = units;
  if (menus.get('CONTRACTS') === false) unavailable.push({ secao: 'contratos', motivo: 'A exibição de contratos está desativada neste portal.' });
  const finance: unknown[] = [];
  if (menus.get('FINANCIAL') !== false) {
    for (const unit of units) {
      const data = await run('financeiro', 'financeiro', { unitId: unit.id });
      if (data?.unitFinance) finance.push(data.unitFinance);
    }
  } else unavailable.push({ secao: 'financeiro', motivo: 'O menu Financeiro está desativado neste portal.' });
  json.financeiro = finance;
  const requestIds = await pages<{ id: string }>('pedidos', 'listaDePedidos', 'myRequests');
  const requests: unknown[] = [];
  for (const { id } of requestIds) {
    const data = await run('pedidos', 'pedido', { id });
    if (data?.request) requests.push(data.request);
  }
  json.pedidos = requests;
  json.faleConosco = (await run('faleConosco', 'faleConosco'))?.myContactMessages ?? [];
  json.agendamentos = (await run('agendamentos', 'agendamentos'))?.myAppointments ?? [];
  json.pesquisas = (await run('pesquisas', 'pesquisas'))?.mySurveyAnswers ?? [];
  json.consentimentos = (await run('consentimentos', 'consentimentos'))?.myConsents ?? [];
  json.preferenciasDeAviso = (await run('preferenciasDeAviso', 'preferenciasDeAviso'))?.myNotificationPreferences ?? null;
  // The browsers that show their notifications: in words, the push service's origin and dates — never the endpoint or keys.
  json.aparelhosComNotificacoes = (await run('aparelhosComNotificacoes', 'aparelhosComNotificacoes'))?.myPushDevices ?? [];
  json.alteracoesCadastrais = (await run('alteracoesCadastrais', 'alteracoesCadastrais'))?.myDataChangeRequests ?? [];
  json.indicacoes = (await run('indicacoes', 'indicacoes'))?.myReferrals ?? [];
  json.cartoes = (await run('cartoes', 'cartoes'))?.myPaymentCards ?? [];
  json.pedidosDeExclusao = (await run('pedidosDeExclusao', 'pedidosDeExclusao'))?.myDeletionRequests ?? [];
  json.acessosAosDados = await pages('acessosAosDados', 'acessosAosDados', 'myDataAccessLog');

  const found = new Map<string, ExportFile>();
  for (const section of ['unidades', 'financeiro', 'pedidos']) filesIn(section, json[section], found);
  json.indisponivel = unavailable;
  return { json, files: [...found.values()] };
}

/** The reader the files' access rule is asked for: the same customer, in the same portal. */
export type ExportReader = Extract<FileReader, { kind: 'portal' }>;

/** What the zip's LEIA-ME.txt says. */
export const README = `CÓPIA DOS SEUS DADOS PESSOAIS (LGPD, art. 18, II e V)

Este arquivo foi gerado a seu pedido no portal do cliente e contém os dados que o portal mostra a você:

- dados.json: todos os dados em formato legível por computador (JSON, UTF-8): cadastro, acesso ao
  portal, unidades, contratos, parcelas e boletos, atendimentos e assistências técnicas com a
  conversa, mensagens do Fale Conosco, agendamentos, respostas de pesquisas, consentimentos,
  preferências de aviso, aparelhos com notificações no celular (o navegador, o serviço de
  notificações e as datas), alterações cadastrais, indicações, cartões salvos (só os 4 últimos
  dígitos), pedidos de exclusão e quem da empresa consultou ou alterou seus dados.
  Partes que o portal não oferece a você (um menu desligado, por exemplo) estão em "indisponivel",
  com o motivo.
- arquivos/: os arquivos que você pode baixar no portal (contratos, documentos das unidades,
  comprovantes de pagamento e fotos dos pedidos). A lista está em "arquivos" no dados.json.

Guarde este arquivo em lugar seguro: ele tem seus dados pessoais.
Dúvidas sobre seus dados: fale com o encarregado de dados da incorporadora (veja "encarregado" no dados.json).
`;
