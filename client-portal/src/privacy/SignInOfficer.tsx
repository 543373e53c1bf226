import { useQuery } from 'urql';
import { graphql } from '../gql';
import { OfficerContact } from './OfficerContact';

const SignInOfficerQuery = graphql(`
  query SignInOfficer {
    dataProtectionOfficer {
      ...OfficerFields
    }
  }
`);

/** R-OPS-3 (LGPD art. 41): the officer's contact, public, at the foot of the sign-in page; nothing when none is set. */
export function SignInOfficer() {
  const [{ data }] = useQuery({ query: SignInOfficerQuery });
  return <OfficerContact officer={data?.dataProtectionOfficer ?? null} compact />;
}
