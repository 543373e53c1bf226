import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { EXAMPLES, variablesText, type Example } from './examples';

const TITLE = 'Exemplos';

/** A pane of GraphiQL's sidebar: the ready-made operations; a click opens one in a tab of its own. */
function ExamplesPane() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const { addTab, setVisiblePlugin } = useGraphiQLActions();

  const open = (example: Example) => {
    // The empty tab GraphiQL starts with is reused; anything typed keeps its tab.
    if (queryEditor?.getValue().trim()) addTab();
    queryEditor?.setValue(example.query);
    variableEditor?.setValue(variablesText(example));
    // A phone has no room for the pane beside the editor: it closes to show the example — through
    // the sidebar's own button, which also gives the pane's width back (setVisiblePlugin alone
    // empties the pane and leaves it there, the editor squeezed to a strip).
    if (!window.matchMedia('(min-width: 700px)').matches) {
      const close = document.querySelector<HTMLButtonElement>(`.graphiql-sidebar button[aria-label="Hide ${TITLE}"]`);
      if (close) close.click();
      else setVisiblePlugin(null);
    }
    queryEditor?.focus();
  };

  return (
    <div className="explorer-examples">
      <div className="graphiql-doc-explorer-title">{TITLE}</div>
      <p>
        Na ordem de uma carga: abra a sincronização, envie os lotes (cada um com o <code>runId</code> dela), leia e
        confirme a fila de saída, encerre. Cada exemplo abre numa aba; rode com ▶ (Ctrl+Enter).
      </p>
      <ol>
        {EXAMPLES.map((example) => (
          <li key={example.id}>
            <button type="button" onClick={() => open(example)} data-example={example.id}>
              <span className="explorer-example-title">{example.title}</span>
              <span className="explorer-example-description">{example.description}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M4 5h16M4 10h16M4 15h10M4 20h7" strokeLinecap="round" />
    </svg>
  );
}

export const EXAMPLES_PLUGIN: GraphiQLPlugin = { title: TITLE, icon: ExamplesIcon, content: ExamplesPane };
