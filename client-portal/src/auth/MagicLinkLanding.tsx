import { useEffect, useRef } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/Status';

const SignInWithMagicLinkMutation = graphql(`
  mutation SignInWithMagicLink($input: TokenSignInInput!) {
    signInWithMagicLink(input: $input) {
      account {
        id
      }
    }
  }
`);

/** Where the e-mailed link lands (R-AUTH-3): uses the token once, then goes home. */
export function MagicLinkLanding() {
  const { t } = useI18n();
  const [state, use] = useMutation(SignInWithMagicLinkMutation);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = new URLSearchParams(location.search).get('token') ?? '';
    void use({ input: { token } }).then((result) => {
      if (result.data) location.replace('/');
    });
  }, [use]);
  const rightAddress = state.error?.graphQLErrors[0]?.extensions?.correctUrl as string | undefined;
  return (
    <main className="page narrow" id="conteudo">
      <h1>{t('magic.title')}</h1>
      <ErrorMessage error={state.error} />
      {rightAddress && <a className="button" href={rightAddress}>{t('signIn.rightAddress')}</a>}
      {state.error && <p><a href="/">{t('magic.back')}</a></p>}
    </main>
  );
}
