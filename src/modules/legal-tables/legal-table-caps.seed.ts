/**
 * Rows of the two cap tables, as seeded by migration Migration20261203160730_legal_table_caps. Frozen like
 * legal-table.seed.ts: later rows come from legalTableRowAdd or a new migration.
 */
import { LegalTable, type LegalRow } from "./legal-table.rules";
import { LEGAL_TABLE_SEED } from "./legal-table.seed";

type Seed = LegalRow & { table: LegalTable };

export const LEGAL_TABLE_CAPS_SEED: readonly Seed[] = [
  // tvisteloven § 6-13 (1) d: "men inntil rettsgebyret dersom klageren i tillegg krever erstatning for kostnader ved utenrettslig inndriving"
  {
    table: LegalTable.LEGAL_COST_CAP_WITH_COLLECTION_FACTOR,
    validFrom: "2008-01-01",
    value: 100,
    confirmed: true,
    sourceTitle:
      "Tvisteloven § 6-13 første ledd bokstav d: inntil rettsgebyret når utenrettslige inndrivingskostnader kreves i tillegg",
    sourceUrl: "https://lovdata.no/dokument/NL/lov/2005-06-17-90",
  },
  // halved for forliksklager from 2021; the enacted text was not at hand, and the lower cap never over-claims
  {
    table: LegalTable.LEGAL_COST_CAP_WITH_COLLECTION_FACTOR,
    validFrom: "2021-01-01",
    value: 50,
    confirmed: false,
    sourceTitle: "Prop. 18 L (2020–2021) kap. 5 (halvt rettsgebyr); Innst. 125 L (2020–2021)",
    sourceUrl: "https://www.regjeringen.no/no/dokumenter/prop.-18-l-20202021/id2773152/?ch=5",
  },
  // what politiet.no publishes for a næringsdrivende creditor's own work on a petition to namsmannen; regulation text not at hand
  {
    table: LegalTable.PETITION_COST_CAP_FACTOR,
    validFrom: "2008-01-01",
    value: 100,
    confirmed: false,
    sourceTitle: "politiet.no, Begjære utleggsforretning: ett rettsgebyr for å utarbeide begjæringen",
    sourceUrl: "https://www.politiet.no/tjenester/namsmann-og-forliksrad/begjare-utleggsforretning/lovbestemmelse/",
  },
  {
    table: LegalTable.PETITION_COST_CAP_FACTOR,
    validFrom: "2021-01-01",
    value: 50,
    confirmed: false,
    sourceTitle: "politiet.no: ett halvt rettsgebyr for å sende kravet til namsmannen",
    sourceUrl: "https://www.politiet.no/tjenester/namsmann-og-forliksrad/utlevering/begjare/",
  },
];

/** Every seeded row (both seed migrations), for tests and tools that start from the published tables. */
export const ALL_SEEDED_ROWS: readonly Seed[] = [...LEGAL_TABLE_SEED, ...LEGAL_TABLE_CAPS_SEED];
