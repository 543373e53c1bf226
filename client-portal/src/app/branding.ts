import { graphql } from '../gql';

/** The portal's white label and login texts (R-PORTAL-4), read before anyone signs in. */
export const PortalBrandingFragment = graphql(`
  fragment PortalBranding on Portal {
    id
    name
    whiteLabelName
    logoUrl
    primaryColor
    secondaryColor
    loginText1
    loginText2
    loginEnabled
    showSyndicAccess
  }
`);

export function applyBrand(portal: { primaryColor?: string | null; secondaryColor?: string | null; whiteLabelName?: string | null; name: string } | null | undefined) {
  const root = document.documentElement;
  if (portal?.primaryColor) root.style.setProperty('--brand', portal.primaryColor);
  if (portal?.secondaryColor) root.style.setProperty('--brand-soft', portal.secondaryColor);
  document.title = portal ? (portal.whiteLabelName || portal.name) : 'Portal do Cliente';
}
