import { FeatureDisabledError } from '../../domain-errors.js';
import type { Portal } from '../portal/portal.entity.js';
import { PendingDocumentationKind } from './pending-documentation.entity.js';

/** R-SET-1: each feature of this module is refused by the API, not just hidden, when its toggle is off. */
export function assertBenefitsOn(portal: Pick<Portal, 'showBenefits'>): void {
  if (!portal.showBenefits) throw new FeatureDisabledError('showBenefits', 'O portal de benefícios está desativado neste portal.');
}

export function assertReferFriendOn(portal: Pick<Portal, 'showReferFriend'>): void {
  if (!portal.showReferFriend) throw new FeatureDisabledError('showReferFriend', 'O Indique um amigo está desativado neste portal.');
}

export function assertAddressConfirmationOn(portal: Pick<Portal, 'showAddressConfirmation'>): void {
  if (!portal.showAddressConfirmation) throw new FeatureDisabledError('showAddressConfirmation', 'A confirmação de endereço está desativada neste portal.');
}

/** The toggle behind each kind of pending documentation's sign-in notice. */
export const PENDING_TOGGLE = {
  [PendingDocumentationKind.PROPOSAL]: 'showPendingProposalsPopup',
  [PendingDocumentationKind.PRE_REGISTRATION]: 'showPendingPreRegistrationsPopup',
} as const;

export function assertPendingNoticeOn(portal: Pick<Portal, 'showPendingProposalsPopup' | 'showPendingPreRegistrationsPopup'>, kind: PendingDocumentationKind): void {
  const key = PENDING_TOGGLE[kind];
  if (!portal[key]) {
    throw new FeatureDisabledError(key, kind === PendingDocumentationKind.PROPOSAL
      ? 'O aviso de propostas pendentes está desativado neste portal.'
      : 'O aviso de pré-cadastros pendentes está desativado neste portal.');
  }
}
