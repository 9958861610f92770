import { Migration } from "@mikro-orm/migrations";
import register from "../seed/municipalities-2024.json";

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The 357 kommuner in force since 2024-01-01, each with its own forliksråd to start with. */
export class Migration20260101000001_seed_municipalities extends Migration {
  override async up(): Promise<void> {
    const counties = register.counties as Record<string, string>;
    for (const m of register.municipalities) {
      const shortName = m.name.split(" - ")[0]!;
      // no address yet: address_country null too, or the embedded address would load as half an address
      this.addSql(
        `insert into "conciliation_board" ("name", "address_country") values (${quote(`${shortName} forliksråd`)}, null);`,
      );
      this.addSql(
        `insert into "municipality" ("code", "name", "county_code", "county_name", "valid_from", "board_id") ` +
          `values (${quote(m.code)}, ${quote(m.name)}, ${quote(m.county)}, ${quote(counties[m.county] ?? "")}, ${quote(register.validFrom)}, currval(pg_get_serial_sequence('conciliation_board', 'id')));`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "municipality" where "valid_from" = ${quote(register.validFrom)};`);
    this.addSql(
      `delete from "conciliation_board" where "id" not in (select "board_id" from "municipality" where "board_id" is not null);`,
    );
  }
}
