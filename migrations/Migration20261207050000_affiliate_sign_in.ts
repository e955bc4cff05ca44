import { Migration } from '@mikro-orm/migrations';

/**
 * The affiliate's own sign-in (issue #19, docs/affiliates.md "The affiliate's portal"):
 *
 * - `affiliate.password_hash`: null until the affiliate sets its password through the link of its
 *   invitation (`inviteAffiliate`); an affiliate without one cannot sign in.
 * - identity's sessions and password links take the subject kind AFFILIATE (identity keeps them;
 *   the affiliates module answers for the account through src/session-subjects.ts).
 * - clicks by link and time: the portal's per-link counts and funnel group them so.
 */
export class Migration20261207050000AffiliateSignIn extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table affiliate add column password_hash text;`);

    this.addSql(`alter table auth_session drop constraint auth_session_subject_kind_check;`);
    this.addSql(`alter table auth_session add constraint auth_session_subject_kind_check check (subject_kind in ('PLAYER', 'STAFF', 'AFFILIATE'));`);
    this.addSql(`alter table password_reset drop constraint password_reset_subject_kind_check;`);
    this.addSql(`alter table password_reset add constraint password_reset_subject_kind_check check (subject_kind in ('PLAYER', 'STAFF', 'PLATFORM_STAFF', 'AFFILIATE'));`);

    this.addSql(`create index affiliate_click_link_idx on affiliate_click (tenant_id, link_id, created_at);`);
  }
}
