import { Migration } from "@mikro-orm/migrations";

export class Migration20261203152228_enforcement_fee_basis_and_sole_proprietor extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "conciliation_case" add column "transferred_from_enforcement" boolean not null default false;`,
    );

    this.addSql(
      `alter table "enforcement_petition" add column "preparation_costs" bigint not null default 0, add column "preparation_costs_cap" bigint not null default 0, add column "owner_birth_number" varchar(255) null, add column "owner_address_street" varchar(255) null, add column "owner_address_postal_code" varchar(255) null, add column "owner_address_city" varchar(255) null, add column "owner_address_country" varchar(255) null default 'NO';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "conciliation_case" drop column "transferred_from_enforcement";`);

    this.addSql(
      `alter table "enforcement_petition" drop column "preparation_costs", drop column "preparation_costs_cap", drop column "owner_birth_number", drop column "owner_address_street", drop column "owner_address_postal_code", drop column "owner_address_city", drop column "owner_address_country";`,
    );
  }
}
