import { useEffect, useRef } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/Status';

const EnterViewAsClientMutation = graphql(`
  mutation EnterViewAsClient($input: TokenSignInInput!) {
    enterViewAsClient(input: $input) {
      account {
        id
      }
    }
  }
`);

/** R-WORK-4: staff arrive here from the admin app's "ver como cliente" link. */
export function ViewAsLanding() {
  const { t } = useI18n();
  const [state, enter] = useMutation(EnterViewAsClientMutation);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = new URLSearchParams(location.search).get('token') ?? '';
    void enter({ input: { token } }).then((result) => {
      if (result.data) location.replace('/');
    });
  }, [enter]);
  return (
    <main className="page narrow" id="conteudo">
      <h1>{t('magic.title')}</h1>
      <ErrorMessage error={state.error} />
    </main>
  );
}
