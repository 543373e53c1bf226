import { Migration } from '@mikro-orm/migrations';

/**
 * The portal toggles whose feature does not exist yet (portal-settings.ts, COMING_SOON) had no
 * effect: they are turned off, so the admin app's disabled "em breve" boxes show what is true.
 * Nothing to undo: on or off, they changed nothing.
 */
export class Migration20261201213100_coming_soon_settings_off extends Migration {

  override async up(): Promise<void> {
    this.addSql(`update "portal" set "show_scheduling" = false, "show_benefits" = false, "show_faq" = false, "show_surveys" = false, "show_refer_friend" = false, "show_address_confirmation" = false, "show_pending_proposals_popup" = false, "show_pending_pre_registrations_popup" = false;`);
  }

  override async down(): Promise<void> {}

}
