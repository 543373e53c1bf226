/**
 * How generated sentences agree in Portuguese (STYLE, "Words"): each noun with its gender and
 * plural, adjectives that follow them ("1 unidade vendida", "2 unidades vendidas", "O bloco está
 * inativo", "A etapa está inativa"), never "(a)" or "(s)". Also lists and dates as Brazilians write them.
 */

export type Gender = 'm' | 'f';

export interface Noun {
  gender: Gender;
  /** Lower-case, as inside a sentence: "unidade", "área comum". */
  one: string;
  many: string;
}

/** The regular plurals: "unidade" → "unidades", "comum" → "comuns", "situação" → "situações"; irregular ones are given. */
const plural = (word: string) =>
  /ão$/.test(word) ? `${word.slice(0, -2)}ões` : /[aeiouáéíóúâêô]$/.test(word) ? `${word}s` : /m$/.test(word) ? `${word.slice(0, -1)}ns` : `${word}es`;
const m = (one: string, many = plural(one)): Noun => ({ gender: 'm', one, many });
const f = (one: string, many = plural(one)): Noun => ({ gender: 'f', one, many });

/**
 * The nouns generated sentences name or count, keyed by how a title writes them ("Unidade não
 * encontrada."). Names of things staff see in NOT_FOUND answers and in the explainer.
 */
export const NOUNS = {
  'Empreendimento': m('empreendimento'),
  'Bloco': m('bloco'),
  'Etapa': f('etapa'),
  'Unidade': f('unidade'),
  'Área comum': f('área comum', 'áreas comuns'),
  'Localidade': f('localidade'),
  'Síndico': m('síndico'),
  'Pedido': m('pedido'),
  'Reserva': f('reserva'),
  'Contrato': m('contrato'),
  'Cliente': m('cliente'),
  'Conta': f('conta'),
  'Alteração cadastral': f('alteração cadastral', 'alterações cadastrais'),
  'Portal': m('portal', 'portais'),
  'Endereço': m('endereço'),
  'Registro de auditoria': m('registro de auditoria', 'registros de auditoria'),
  'Empresa': f('empresa'),
  'Tipo de associação': m('tipo de associação', 'tipos de associação'),
  'Tipo de contrato': m('tipo de contrato', 'tipos de contrato'),
  'Campo personalizado': m('campo personalizado', 'campos personalizados'),
  'Assunto': m('assunto'),
  'Subassunto': m('subassunto'),
  'Workflow': m('workflow', 'workflows'),
  'Situação': f('situação'),
  'Arquivo': m('arquivo'),
  'Documento': m('documento'),
  'Token de API': m('token de API', 'tokens de API'),
  'Sincronização': f('sincronização', 'sincronizações'),
  'Parcela': f('parcela'),
  'Boleto': m('boleto'),
  'Bloqueio de emissão': m('bloqueio de emissão', 'bloqueios de emissão'),
  'Cartão': m('cartão', 'cartões'),
  'Registro do diário': m('registro do diário', 'registros do diário'),
  'Tarefa do cronograma': f('tarefa do cronograma', 'tarefas do cronograma'),
  'Mensagem': f('mensagem', 'mensagens'),
  'Tipo de solicitação': m('tipo de solicitação', 'tipos de solicitação'),
  'Categoria': f('categoria'),
  'Pergunta': f('pergunta'),
  'Horário': m('horário'),
  'Agendamento': m('agendamento'),
  'Pesquisa': f('pesquisa'),
  'Banner': m('banner', 'banners'),
  'Benefício': m('benefício'),
  'Documento pendente': m('documento pendente', 'documentos pendentes'),
  'Dia': m('dia'),
  'Hora': f('hora'),
  'Minuto': m('minuto'),
} as const satisfies Record<string, Noun>;

export type NounName = keyof typeof NOUNS;

/**
 * A regular adjective or participle, given as masculine singular ("vendido", "inativo",
 * "encontrado"), agreeing with a noun: "vendida", "vendidos", "vendidas". Adjectives not ending
 * in -o keep their gender ("comum" → "comuns").
 */
export function agree(adjective: string, noun: Noun, n = 1): string {
  const gendered = noun.gender === 'f' && adjective.endsWith('o') ? `${adjective.slice(0, -1)}a` : adjective;
  return n === 1 ? gendered : plural(gendered);
}

/** The definite article: "o bloco", "a etapa", "os blocos", "as etapas". */
export const the = (noun: Noun, n = 1) => `${noun.gender === 'f' ? 'a' : 'o'}${n === 1 ? '' : 's'}`;

/** "Sua unidade", "Suas unidades", "Seu contrato" — capitalised, to open a sentence. */
export const your = (noun: Noun, n = 1) => `${noun.gender === 'f' ? 'Sua' : 'Seu'}${n === 1 ? '' : 's'} ${n === 1 ? noun.one : noun.many}`;

/**
 * A count that agrees: "1 unidade vendida", "2 unidades vendidas", "nenhuma unidade vendida"
 * (0), with the adjective optional ("3 áreas comuns").
 */
export function countOf(n: number, noun: Noun, adjective?: string): string {
  const words = `${n === 1 || n === 0 ? noun.one : noun.many}${adjective ? ` ${agree(adjective, noun, n === 0 ? 1 : n)}` : ''}`;
  return n === 0 ? `${noun.gender === 'f' ? 'nenhuma' : 'nenhum'} ${words}` : `${n} ${words}`;
}

/** "Unidade não encontrada.", "Pedido não encontrado." */
export const notFound = (name: NounName) => `${name} não ${agree('encontrado', NOUNS[name])}.`;

/**
 * A portal named in a sentence, with its article after a preposition ("ao", "no", "do", or none):
 * "ao Portal Horizonte" — a name that already says "Portal" is not repeated ("Portal Portal …") —
 * or "ao portal Obra Casa Silva", whatever the gender of the name.
 */
export function portalNamed(name: string, preposition: '' | 'a' | 'em' | 'de' = ''): string {
  const article = { '': 'o', a: 'ao', em: 'no', de: 'do' }[preposition];
  return /^portal\b/i.test(name.trim()) ? `${article} ${name}` : `${article} portal ${name}`;
}

/** "A", "A e B", "A, B e C". */
export function listOf(items: readonly string[], conjunction = 'e'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

const DATE_TIME = new Intl.DateTimeFormat('pt-BR', {
  timeZone: 'America/Sao_Paulo', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
});

/** "31/03/2027 às 14:05", in São Paulo time (English: "31/03/2027 at 14:05", with `at`). */
export function dateTimeText(at: Date | string, word = 'às'): string {
  const parts = Object.fromEntries(DATE_TIME.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${word} ${parts.hour}:${parts.minute}`;
}
