// Written by `npm run db:migration:create`: every committed migration, in order.
import { Migration20261122224436_initial } from './Migration20261122224436_initial.js';
import { Migration20261122225836_domain } from './Migration20261122225836_domain.js';
import { Migration20261122232834_data_changes } from './Migration20261122232834_data_changes.js';
import { Migration20261122234729_view_as_and_staff_scope } from './Migration20261122234729_view_as_and_staff_scope.js';
import { Migration20261123001015_development_status } from './Migration20261123001015_development_status.js';
import { Migration20261201213100_coming_soon_settings_off } from './Migration20261201213100_coming_soon_settings_off.js';
import { Migration20261201213240_subject_applies_to } from './Migration20261201213240_subject_applies_to.js';
import { Migration20261201214252_stored_files } from './Migration20261201214252_stored_files.js';
import { Migration20261204121623_erp_integration } from './Migration20261204121623_erp_integration.js';
import { Migration20261204163324_finance } from './Migration20261204163324_finance.js';
import { Migration20261204172136_portal_permissions } from './Migration20261204172136_portal_permissions.js';
import { Migration20261204210000_files_images } from './Migration20261204210000_files_images.js';
import { Migration20261204210100_works } from './Migration20261204210100_works.js';
import { Migration20261204210200_request_conversation } from './Migration20261204210200_request_conversation.js';
import { Migration20261204210300_contact_faq } from './Migration20261204210300_contact_faq.js';
import { Migration20261204210400_scheduling_surveys } from './Migration20261204210400_scheduling_surveys.js';
import { Migration20261204210500_portal_extras } from './Migration20261204210500_portal_extras.js';
import { Migration20261205000500_sign_in_codes } from './Migration20261205000500_sign_in_codes.js';
import { Migration20261205000000_notifications } from './Migration20261205000000_notifications.js';
import { Migration20261204210600_development_documents } from './Migration20261204210600_development_documents.js';
import { Migration20261205000200_web_push } from './Migration20261205000200_web_push.js';
import { Migration20261205000300_privacy } from './Migration20261205000300_privacy.js';

export const migrationsList = [
  { name: 'Migration20261122224436_initial', class: Migration20261122224436_initial },
  { name: 'Migration20261122225836_domain', class: Migration20261122225836_domain },
  { name: 'Migration20261122232834_data_changes', class: Migration20261122232834_data_changes },
  { name: 'Migration20261122234729_view_as_and_staff_scope', class: Migration20261122234729_view_as_and_staff_scope },
  { name: 'Migration20261123001015_development_status', class: Migration20261123001015_development_status },
  { name: 'Migration20261201213100_coming_soon_settings_off', class: Migration20261201213100_coming_soon_settings_off },
  { name: 'Migration20261201213240_subject_applies_to', class: Migration20261201213240_subject_applies_to },
  { name: 'Migration20261201214252_stored_files', class: Migration20261201214252_stored_files },
  { name: 'Migration20261204121623_erp_integration', class: Migration20261204121623_erp_integration },
  { name: 'Migration20261204163324_finance', class: Migration20261204163324_finance },
  { name: 'Migration20261204172136_portal_permissions', class: Migration20261204172136_portal_permissions },
  { name: 'Migration20261204210000_files_images', class: Migration20261204210000_files_images },
  { name: 'Migration20261204210100_works', class: Migration20261204210100_works },
  { name: 'Migration20261204210200_request_conversation', class: Migration20261204210200_request_conversation },
  { name: 'Migration20261204210300_contact_faq', class: Migration20261204210300_contact_faq },
  { name: 'Migration20261204210400_scheduling_surveys', class: Migration20261204210400_scheduling_surveys },
  { name: 'Migration20261204210500_portal_extras', class: Migration20261204210500_portal_extras },
  { name: 'Migration20261204210600_development_documents', class: Migration20261204210600_development_documents },
  { name: 'Migration20261205000000_notifications', class: Migration20261205000000_notifications },
  { name: 'Migration20261205000200_web_push', class: Migration20261205000200_web_push },
  { name: 'Migration20261205000300_privacy', class: Migration20261205000300_privacy },
  { name: 'Migration20261205000500_sign_in_codes', class: Migration20261205000500_sign_in_codes },
];
