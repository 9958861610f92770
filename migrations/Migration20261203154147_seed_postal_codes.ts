import { Migration } from "@mikro-orm/migrations";
import register from "../seed/postal-codes-2024.json";

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Bring's codes for areas outside the kommuner: in the municipality register so that a debtor there has a kommune, with no forliksråd. */
const AREAS = [
  { code: "2100", name: "Svalbard", county: "21" },
  { code: "2211", name: "Jan Mayen", county: "22" },
];

/** Bring's Postnummerregister of 2024-10-01 (5 137 postcodes), and the two areas outside the kommuner it names. */
export class Migration20261203154147_seed_postal_codes extends Migration {
  override async up(): Promise<void> {
    for (const a of AREAS) {
      this.addSql(
        `insert into "municipality" ("code", "name", "county_code", "county_name", "valid_from", "board_id") ` +
          `values (${quote(a.code)}, ${quote(a.name)}, ${quote(a.county)}, ${quote(a.name)}, ${quote(register.validAt)}, null);`,
      );
    }
    const rows = register.rows.map(
      ([code, place, kommune, category]) =>
        `(${quote(code!)}, ${quote(place!)}, ${quote(kommune!)}, ${quote(category!)})`,
    );
    this.addSql(`insert into "postal_code" ("code", "place", "kommunenummer", "category") values ${rows.join(", ")};`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "postal_code";`);
    this.addSql(
      `delete from "municipality" where "code" in (${AREAS.map((a) => quote(a.code)).join(", ")}) and "valid_from" = ${quote(register.validAt)};`,
    );
  }
}
