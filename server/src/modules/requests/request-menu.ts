import { FeatureDisabledError } from '../../domain-errors.js';
import type { Portal } from '../portal/portal.entity.js';
import { RequestKind } from './request-kind.js';

/** R-SET-1, R-REQ-1: a kind of request whose menu is off in the portal is refused, not just hidden. */
export function assertRequestMenuOn(portal: Portal, kind: RequestKind): void {
  if (kind === RequestKind.SERVICE && !portal.showServiceMenu) {
    throw new FeatureDisabledError('showServiceMenu', 'O menu de atendimentos está desativado neste portal.');
  }
  if (kind === RequestKind.ASSISTANCE && !portal.showAssistanceMenu) {
    throw new FeatureDisabledError('showAssistanceMenu', 'O menu de assistência técnica está desativado neste portal.');
  }
}
