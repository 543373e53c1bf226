import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import type { GraphQLSchema } from 'graphql';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { callApi, tokenFetcher } from './api';
import { EXAMPLES } from './examples';
import { EXAMPLES_PLUGIN } from './ExamplesPlugin';
import { storedToken, storeToken, TOKEN_FORMAT } from './token';
import { loadTokenSchema } from './token-schema';

interface TokenInfo {
  name: string;
  companyName: string;
  companyErpCode: string | null;
  scopes: ('READ' | 'INTEGRATION')[];
}

const SCOPE_LABELS: Record<TokenInfo['scopes'][number], string> = { READ: 'Leitura', INTEGRATION: 'Integração' };
/** "Leitura e Integração", always in that order. */
const scopesText = (scopes: TokenInfo['scopes']) => (['READ', 'INTEGRATION'] as const).filter((s) => scopes.includes(s)).map((s) => SCOPE_LABELS[s]).join(' e ');
const TOKENS_PAGE = '/admin/integracoes';
const PLUGINS = [EXAMPLES_PLUGIN, HISTORY_PLUGIN];
const DEFAULT_TABS = [{ query: EXAMPLES[0].query }];

/** Room for the examples beside the editors; on a phone they open from the sidebar instead. */
const wide = () => window.matchMedia('(min-width: 900px)').matches;

/**
 * GraphiQL reopens its saved tabs and activates the one matching its "initial query" (the last one
 * typed, which it saves); when nothing was typed yet it finds none and adds an empty tab at every
 * reload. The first example stands in for it then.
 */
const initialQuery = (): string | undefined => {
  try {
    return localStorage.getItem('graphiql:query') === null ? EXAMPLES[0].query : undefined;
  } catch {
    return undefined;
  }
};

/** The docs' schema: loading, loaded, or why not (GraphiQL then runs without docs). */
type Docs = { state: 'loading' } | { state: 'ready'; schema: GraphQLSchema } | { state: 'failed'; message: string };

type Check = { state: 'idle' } | { state: 'checking' } | { state: 'refused'; message: string };

/** Asks the server who the token is; the refusal in words a person can act on. */
async function checkToken(token: string): Promise<{ info: TokenInfo } | { message: string }> {
  try {
    const answer = await callApi<{ tokenInfo: TokenInfo }>(token, { query: 'query ConferirToken { tokenInfo { name companyName companyErpCode scopes } }' });
    if (answer.data?.tokenInfo) return { info: answer.data.tokenInfo };
    const error = answer.errors?.[0];
    if (error?.extensions?.code === 'UNAUTHENTICATED') {
      return { message: 'O servidor não reconhece este token: confira se o copiou inteiro. Um token revogado ou vencido não vale mais; peça outro a um administrador.' };
    }
    return { message: error?.message ?? 'O servidor não confirmou o token. Tente de novo.' };
  } catch {
    return { message: 'Sem resposta do servidor. Confira a conexão e tente de novo.' };
  }
}

/** `hbt_…`, also when pasted with "Bearer " or spaces around it. */
const cleaned = (text: string) => text.trim().replace(/^bearer\s+/i, '').trim();

/**
 * R-SYNC-1: the API explorer for ERP integrators, at `/explorer`. A token bar on top; GraphiQL below
 * once a token is confirmed. Everything — code, fonts, Monaco's workers, the schema — comes from
 * this server: it works with no internet.
 */
export function Explorer() {
  const [token, setToken] = useState<string | null>(null);
  const [info, setInfo] = useState<TokenInfo | null>(null);
  const [draft, setDraft] = useState('');
  const [check, setCheck] = useState<Check>(() => (storedToken() ? { state: 'checking' } : { state: 'idle' }));

  const tryToken = async (candidate: string) => {
    setCheck({ state: 'checking' });
    const result = await checkToken(candidate);
    if ('info' in result) {
      storeToken(candidate);
      setToken(candidate);
      setInfo(result.info);
      setDraft('');
      setCheck({ state: 'idle' });
    } else {
      storeToken(null);
      setCheck({ state: 'refused', message: result.message });
    }
  };

  useEffect(() => {
    const saved = storedToken();
    if (saved) void tryToken(saved);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const candidate = cleaned(draft);
    if (!TOKEN_FORMAT.test(candidate)) {
      setCheck({ state: 'refused', message: candidate ? 'Um token de API começa com hbt_ e tem mais de 20 caracteres depois disso: cole-o inteiro.' : 'Cole o token de API (hbt_…).' });
      return;
    }
    void tryToken(candidate);
  };

  const forget = () => {
    storeToken(null);
    setToken(null);
    setInfo(null);
    setCheck({ state: 'idle' });
  };

  const [docs, setDocs] = useState<Docs>({ state: 'loading' });
  useEffect(() => {
    if (!token) return;
    let current = true;
    setDocs({ state: 'loading' });
    loadTokenSchema(token).then(
      (schema) => current && setDocs({ state: 'ready', schema }),
      (error: unknown) => current && setDocs({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [token]);

  const fetcher = useMemo(() => (token ? tokenFetcher(token) : null), [token]);
  const refused = check.state === 'refused' ? check.message : null;

  return (
    <div className="explorer">
      <header className="explorer-bar">
        <div className="explorer-brand">
          <span className="explorer-name">Habite</span> <span>Explorador da API</span>
        </div>
        {token && info ? (
          <>
            <p className="explorer-who" role="status">
              Token <strong>{info.name}</strong> · {info.companyName} · {scopesText(info.scopes)}
              {' · '}{info.companyErpCode ? <>código da empresa no ERP: <strong>{info.companyErpCode}</strong></> : 'código da empresa no ERP não cadastrado (Integrações)'}
            </p>
            <button type="button" className="explorer-button" onClick={forget}>Trocar token</button>
          </>
        ) : (
          <form className="explorer-token" onSubmit={submit} noValidate>
            <label htmlFor="explorer-token">Token de API</label>
            <input
              id="explorer-token"
              type="password"
              autoComplete="off"
              spellCheck={false}
              placeholder="hbt_…"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              aria-invalid={refused ? 'true' : undefined}
              aria-describedby={refused ? 'explorer-token-error' : 'explorer-token-help'}
            />
            <button type="submit" className="explorer-button" disabled={check.state === 'checking'}>
              {check.state === 'checking' ? 'Testando…' : 'Testar token'}
            </button>
          </form>
        )}
      </header>

      {token && fetcher && docs.state === 'loading' ? (
        <p className="explorer-note" role="status">Carregando a documentação…</p>
      ) : token && fetcher ? (
        <>
          {docs.state === 'failed' ? (
            <p className="explorer-note explorer-error" role="alert">
              A documentação não carregou ({docs.message}). As operações ainda podem ser enviadas; recarregue a página para tentar de novo.
            </p>
          ) : (
            <p className="explorer-note">
              A documentação (ícone do livro) mostra só o que um token pode chamar. Os exemplos prontos estão em <strong>Exemplos</strong>, na barra à esquerda.
            </p>
          )}
          <div className="explorer-graphiql">
            <GraphiQL
              key={token}
              fetcher={fetcher}
              schema={docs.state === 'ready' ? docs.schema : null}
              plugins={PLUGINS}
              visiblePlugin={wide() ? EXAMPLES_PLUGIN : undefined}
              defaultTabs={DEFAULT_TABS}
              initialQuery={initialQuery()}
              defaultEditorToolsVisibility="variables"
              isHeadersEditorEnabled={false}
              forcedTheme="light"
            >
              <GraphiQL.Logo>Habite</GraphiQL.Logo>
            </GraphiQL>
          </div>
        </>
      ) : (
        <main className="explorer-intro">
          <h1>Explorador da API do Habite</h1>
          {refused ? (
            <p id="explorer-token-error" className="explorer-error" role="alert">{refused}</p>
          ) : (
            <p id="explorer-token-help">
              {check.state === 'checking' ? 'Conferindo o token…' : 'Cole um token de API na barra acima para consultar a documentação e rodar as operações do ERP.'}
            </p>
          )}
          <h2>Como conseguir um token</h2>
          <ol>
            <li>
              Um administrador da incorporadora cria o token no app administrativo, em{' '}
              <a href={TOKENS_PAGE}>Integrações → Tokens de API</a>, com os escopos Leitura e/ou Integração.
            </li>
            <li>O token começa com <code>hbt_</code> e aparece uma vez só: copie-o na hora e guarde-o num cofre.</li>
            <li>
              Aqui ele fica só nesta aba do navegador (fechou a aba, esqueceu) e vai em cada chamada como{' '}
              <code>Authorization: Bearer hbt_…</code>, em <code>POST /graphql</code> — o mesmo que o ERP envia.
            </li>
          </ol>
          <p>Um token vê só a própria empresa. Cada chamada fica registrada e o administrador pode revogar o token a qualquer momento.</p>
        </main>
      )}
    </div>
  );
}
