import { Migration } from "@mikro-orm/migrations";
import register from "../seed/municipalities-2024.json";

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * The seed named each board after the first part of a kommune's official name ("Aarborte forliksråd" for
 * "Aarborte - Hattfjelldal"). A board still bearing that seeded name, and serving that kommune, takes the full official
 * name; a board an admin renamed keeps its name.
 */
export class Migration20261203160000_board_names_official_form extends Migration {
  override async up(): Promise<void> {
    for (const m of register.municipalities) {
      const seeded = `${m.name.split(" - ")[0]!} forliksråd`;
      const official = `${m.name} forliksråd`;
      if (seeded === official) continue;
      this.addSql(
        `update "conciliation_board" set "name" = ${quote(official)}, "updated_at" = now() where "name" = ${quote(seeded)} and "id" in ` +
          `(select "board_id" from "municipality" where "code" = ${quote(m.code)} and "valid_from" = ${quote(register.validFrom)});`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const m of register.municipalities) {
      const seeded = `${m.name.split(" - ")[0]!} forliksråd`;
      const official = `${m.name} forliksråd`;
      if (seeded === official) continue;
      this.addSql(
        `update "conciliation_board" set "name" = ${quote(seeded)}, "updated_at" = now() where "name" = ${quote(official)} and "id" in ` +
          `(select "board_id" from "municipality" where "code" = ${quote(m.code)} and "valid_from" = ${quote(register.validFrom)});`,
      );
    }
  }
}
