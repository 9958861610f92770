/**
 * The legal table rows as first seeded (migration Migration20261203151700_legal_tables). Frozen: later rows are
 * added with legalTableRowAdd or a new migration, never by editing this list. `confirmed: false` where no published
 * text stating the value was found (see docs/LEGAL.md).
 */
import { LegalTable, type LegalRow } from "./legal-table.rules";

type Seed = LegalRow & { table: LegalTable };

const RATES_NET = {
  sourceTitle: "Satsene på forsinkelsesrente (forsinkelsesrente.net, list of every half-year's rate since 1994)",
  sourceUrl: "https://www.forsinkelsesrente.net/satsene-pa-forsinkelsesrente.html",
};

const rate = (
  validFrom: string,
  value: number,
  src: { sourceTitle: string; sourceUrl: string } = RATES_NET,
  confirmed = true,
): Seed => ({
  table: LegalTable.LATE_INTEREST_RATE,
  validFrom,
  value,
  confirmed,
  ...src,
});

export const LEGAL_TABLE_SEED: readonly Seed[] = [
  // Forsinkelsesrente, basis points (forsinkelsesrenteloven § 3: Norges Bank's policy rate + at least 8 points)
  rate("2014-01-01", 950, {
    sourceTitle:
      "Forskrift 20. desember 2013 om renter ved forsinket betaling og kompensasjon for inndrivelseskostnader (regjeringen.no)",
    sourceUrl: "https://www.regjeringen.no/no/dokumenter/forskrift-om-renter-ved-forsinket-beta-2/id748450/",
  }),
  rate("2014-07-01", 950),
  rate("2015-01-01", 925),
  rate("2015-07-01", 900),
  rate("2016-01-01", 875),
  rate("2016-07-01", 850, {
    sourceTitle:
      "Forskrift om renter ved forsinket betaling og kompensasjon for inndrivelseskostnader, i kraft 1. juli 2016 (regjeringen.no)",
    sourceUrl:
      "https://www.regjeringen.no/no/dokumenter/forskrift-om-renter-ved-forsinket-betaling-og-kompensasjon-for-inndrivelseskostnader/id2505910",
  }),
  rate("2017-01-01", 850),
  rate("2017-07-01", 850),
  rate("2018-01-01", 850, {
    sourceTitle: "Satser fra 1. januar 2018 (forliksraadet.no)",
    sourceUrl: "http://www.forliksraadet.no/index.php?page_id=2373",
  }),
  rate("2018-07-01", 850),
  rate("2019-01-01", 875),
  rate("2019-07-01", 925),
  rate("2020-01-01", 950),
  rate("2020-07-01", 800),
  rate("2021-01-01", 800),
  rate("2021-07-01", 800),
  rate("2022-01-01", 850),
  rate("2022-07-01", 925, {
    sourceTitle: "Forsinkelsesrente og standardkompensasjon for andre halvår 2022 (revisjonskompaniet.no)",
    sourceUrl:
      "https://www.revisjonskompaniet.no/uncategorized/forsinkelsesrente-og-standardkompensasjon-for-andre-halvar-2022/",
  }),
  rate("2023-01-01", 1075, {
    sourceTitle: "Forsinkelsesrenten øker til 10,75 prosent fra 1. januar 2023 (Regnskap Norge)",
    sourceUrl:
      "https://www.regnskapnorge.no/faget/artikler/forretningsjus/forsinkelsesrenten-oker-til-1075-prosent-fra-1.-januar-2023/",
  }),
  rate("2023-07-01", 1175),
  rate("2024-01-01", 1250, {
    sourceTitle: "Forsinkelsesrente og standardkompensasjon fra 1. januar 2024 (Finansdepartementet, regjeringen.no)",
    sourceUrl:
      "https://www.regjeringen.no/no/aktuelt/forsinkelsesrente-og-standardkompensasjon-fra-1.-januar-2024/id3019071/",
  }),
  rate("2024-07-01", 1250, {
    sourceTitle:
      "FOR-2024-06-26-1320 (replaced by FOR-2024-12-19-3279); Norges Bank policy rate 4.5 % since December 2023 (Rentebeslutning august 2024) + 8 points",
    sourceUrl: "https://norges-bank.no/tema/pengepolitikk/Rentemoter/2024/august",
  }),
  rate("2025-01-01", 1250, {
    sourceTitle:
      "Forskrift 19. desember 2024 nr. 3279 om forsinkelsesrente og kompensasjon for inndrivelseskostnader (lovdata)",
    sourceUrl: "https://lovdata.no/forskrift/2024-12-19-3279",
  }),
  rate("2025-07-01", 1225, {
    sourceTitle:
      "Forskrift 23. juni 2025 nr. 1321 (replaces FOR-2024-12-19-3279 from 1 July 2025); Norges Bank policy rate 4.25 % from 19 June 2025 + 8 points",
    sourceUrl: "https://lovdata.no/forskrift/2025-06-23-1321",
  }),
  rate("2026-01-01", 1200, {
    sourceTitle: "Nye satser fra 1. januar 2026: forsinkelsesrente 12,00 prosent (Kred)",
    sourceUrl:
      "https://www.kred.no/uncategorized/forsinkelsesrente-og-standardkompensasjon-for-inndrivelseskostnader-fra-1-januar-2026",
  }),

  // Rettsgebyret R, øre (rettsgebyrloven § 1, rettsgebyrforskriften § 2-1)
  {
    table: LegalTable.COURT_FEE,
    validFrom: "2021-01-01",
    value: 119_900,
    confirmed: true,
    sourceTitle: "Endring i rettsgebyret og standardkompensasjonen (Visma, January 2021)",
    sourceUrl:
      "https://community.visma.com/t5/Nyheter-i-Purring-Inkasso/Endring-i-rettsgebyret-og-standardkompensasjonen-Uendret/ba-p/349237",
  },
  {
    table: LegalTable.COURT_FEE,
    validFrom: "2022-01-01",
    value: 122_300,
    confirmed: true,
    sourceTitle: "Statsbudsjettet 2022: Rettsgebyret økes (Advokatforeningen)",
    sourceUrl: "https://www.advokatforeningen.no/aktuelt/Nyheter/2021/oktober/statsbudsjettet-2022-rettsgebyret-okes/",
  },
  {
    table: LegalTable.COURT_FEE,
    validFrom: "2023-01-01",
    value: 124_300,
    confirmed: false,
    sourceTitle: "Rettsgebyrforskriften § 2-1 (2023 amount not checked against a published text)",
    sourceUrl: "https://lovdata.no/dokument/SF/forskrift/1983-02-15-86",
  },
  {
    table: LegalTable.COURT_FEE,
    validFrom: "2024-01-01",
    value: 127_700,
    confirmed: true,
    sourceTitle: "Prop. 80 L (2023–2024) punkt 3.1: 1,1 R = 1 404,70 kroner",
    sourceUrl: "https://www.regjeringen.no/no/dokumenter/prop.-80-l-20232024/id3031788/?ch=3",
  },
  {
    table: LegalTable.COURT_FEE,
    validFrom: "2025-01-01",
    value: 131_400,
    confirmed: false,
    sourceTitle:
      "Rettsgebyrforskriften § 2-1 (1 314 kr for 2025 as commonly published; the amending regulation was not found)",
    sourceUrl: "https://lovdata.no/dokument/SF/forskrift/1983-02-15-86",
  },
  {
    table: LegalTable.COURT_FEE,
    validFrom: "2026-01-01",
    value: 134_500,
    confirmed: false,
    sourceTitle:
      "Rettsgebyrforskriften § 2-1 (1 345 kr for 2026 as commonly published; the amending regulation was not found)",
    sourceUrl: "https://lovdata.no/dokument/SF/forskrift/1983-02-15-86",
  },

  // Forliksklage fee, hundredths of R (rettsgebyrloven § 7 first paragraph)
  {
    table: LegalTable.CONCILIATION_FEE_FACTOR,
    validFrom: "2021-01-01",
    value: 115,
    confirmed: true,
    sourceTitle: "Endring i rettsgebyret: forliksklage 1,15 × R (Visma, January 2021)",
    sourceUrl:
      "https://community.visma.com/t5/Nyheter-i-Purring-Inkasso/Endring-i-rettsgebyret-og-standardkompensasjonen-Uendret/ba-p/349237",
  },
  {
    table: LegalTable.CONCILIATION_FEE_FACTOR,
    validFrom: "2022-01-01",
    value: 110,
    confirmed: true,
    sourceTitle: "LOV-2021-12-22-166, Prop. 12 L (2021–2022): rettsgebyrloven § 7 første ledd 1,1 R",
    sourceUrl: "https://www.regjeringen.no/no/dokumenter/prop.-12-l-20212022/id2886025/?ch=7",
  },
  {
    table: LegalTable.CONCILIATION_FEE_FACTOR,
    validFrom: "2024-07-01",
    value: 110,
    confirmed: false,
    sourceTitle:
      "Prop. 80 L (2023–2024) proposed 1,54 R from 1 July 2024; its enactment was not confirmed, so 1,1 R is kept",
    sourceUrl: "https://www.regjeringen.no/no/dokumenter/prop.-80-l-20232024/id3031788/?ch=3",
  },

  // Utleggsbegjæring fee, hundredths of R (rettsgebyrloven § 14 first paragraph)
  {
    table: LegalTable.ENFORCEMENT_FEE_FACTOR,
    validFrom: "2021-01-01",
    value: 125,
    confirmed: true,
    sourceTitle: "Endring i rettsgebyret: utleggsbegjæring 1,25 × R (Visma, January 2021)",
    sourceUrl:
      "https://community.visma.com/t5/Nyheter-i-Purring-Inkasso/Endring-i-rettsgebyret-og-standardkompensasjonen-Uendret/ba-p/349237",
  },
  {
    table: LegalTable.ENFORCEMENT_FEE_FACTOR,
    validFrom: "2022-01-01",
    value: 121,
    confirmed: true,
    sourceTitle: "LOV-2021-12-22-166, Prop. 12 L (2021–2022): rettsgebyrloven § 14 første ledd 1,21 R",
    sourceUrl: "https://www.forliksraadet.no/aktuelt/endringslov-til-rettsgebyrloven",
  },

  // Legal help in a forliksråd case, hundredths of R (tvisteloven § 6-13 (1) d)
  {
    table: LegalTable.LEGAL_COST_CAP_FACTOR,
    validFrom: "2008-01-01",
    value: 400,
    confirmed: true,
    sourceTitle: "Tvisteloven § 6-13 første ledd bokstav d: inntil fire ganger rettsgebyret",
    sourceUrl: "https://lovdata.no/lov/2005-06-17-90/§6-13",
  },

  // Inkasso fees, øre (inkassoforskriften § 1-2: inkassovarsel 1/20, betalingsoppfordring sent by the creditor 3/20 of the inkassosats of 700 kr)
  {
    table: LegalTable.COLLECTION_NOTICE_FEE,
    validFrom: "2017-01-01",
    value: 7_000,
    confirmed: true,
    sourceTitle: "Inkassosatsen 700 kr fra 1. januar 2017; inkassovarsel 1/10 (sticos.no)",
    sourceUrl: "https://www.sticos.no/fagstoff/satser/purring-og-inkasso",
  },
  {
    table: LegalTable.COLLECTION_NOTICE_FEE,
    validFrom: "2020-10-01",
    value: 3_500,
    confirmed: true,
    sourceTitle: "Inkassoforskriften § 1-2 annet ledd: en tjuedel av inkassosatsen (700 kr), fra 1. oktober 2020",
    sourceUrl: "https://juridika.no/forskrift/1989-07-14-562",
  },
  {
    table: LegalTable.COLLECTION_NOTICE_FEE,
    validFrom: "2026-01-01",
    value: 3_500,
    confirmed: false,
    sourceTitle:
      "One source reports an inkassosats of 750 kr from 2026 (Kred); no amended inkassoforskrift was found, so 35 kr is kept",
    sourceUrl:
      "https://www.kred.no/uncategorized/forsinkelsesrente-og-standardkompensasjon-for-inndrivelseskostnader-fra-1-januar-2026",
  },
  {
    table: LegalTable.PAYMENT_DEMAND_FEE,
    validFrom: "2017-01-01",
    value: 21_000,
    confirmed: true,
    sourceTitle: "Inkassosatsen 700 kr fra 1. januar 2017; betalingsoppfordring 3/10 (sticos.no)",
    sourceUrl: "https://www.sticos.no/fagstoff/satser/purring-og-inkasso",
  },
  {
    table: LegalTable.PAYMENT_DEMAND_FEE,
    validFrom: "2020-10-01",
    value: 10_500,
    confirmed: true,
    sourceTitle:
      "Inkassoforskriften § 1-2 tredje ledd: tre tjuedeler av inkassosatsen (700 kr) when the creditor sends it itself, fra 1. oktober 2020",
    sourceUrl: "https://juridika.no/forskrift/1989-07-14-562",
  },
  {
    table: LegalTable.PAYMENT_DEMAND_FEE,
    validFrom: "2026-01-01",
    value: 10_500,
    confirmed: false,
    sourceTitle:
      "One source reports an inkassosats of 750 kr from 2026 (Kred); no amended inkassoforskrift was found, so 105 kr is kept",
    sourceUrl:
      "https://www.kred.no/uncategorized/forsinkelsesrente-og-standardkompensasjon-for-inndrivelseskostnader-fra-1-januar-2026",
  },

  // Standardkompensasjon, øre (forsinkelsesrenteloven § 3 a)
  {
    table: LegalTable.STANDARD_COMPENSATION,
    validFrom: "2014-01-01",
    value: 32_000,
    confirmed: true,
    sourceTitle:
      "Forskrift 20. desember 2013 om renter ved forsinket betaling og kompensasjon for inndrivelseskostnader § 2",
    sourceUrl: "https://www.regjeringen.no/no/dokumenter/forskrift-om-renter-ved-forsinket-beta-2/id748450/",
  },
  {
    table: LegalTable.STANDARD_COMPENSATION,
    validFrom: "2016-07-01",
    value: 37_000,
    confirmed: true,
    sourceTitle: "Forskrift i kraft 1. juli 2016 § 2 (regjeringen.no)",
    sourceUrl:
      "https://www.regjeringen.no/no/dokumenter/forskrift-om-renter-ved-forsinket-betaling-og-kompensasjon-for-inndrivelseskostnader/id2505910",
  },
  {
    table: LegalTable.STANDARD_COMPENSATION,
    validFrom: "2018-01-01",
    value: 38_000,
    confirmed: true,
    sourceTitle: "Satser fra 1. januar 2018 (forliksraadet.no)",
    sourceUrl: "http://www.forliksraadet.no/index.php?page_id=2373",
  },
  {
    table: LegalTable.STANDARD_COMPENSATION,
    validFrom: "2019-07-01",
    value: 39_000,
    confirmed: true,
    sourceTitle: "Justert rentesats og kompensasjonsgebyr fra juli 2019 (Hokas)",
    sourceUrl: "https://hokas.no/blog/justert-rentesats-og-kompensjasjonsgebyr-fra-juli-2019",
  },
  {
    table: LegalTable.STANDARD_COMPENSATION,
    validFrom: "2020-01-01",
    value: 40_000,
    confirmed: true,
    sourceTitle: "Nøkkeltall for satser og gebyrer 2020 (Boliginkasso)",
    sourceUrl: "https://boliginkasso.no/",
  },
  {
    table: LegalTable.STANDARD_COMPENSATION,
    validFrom: "2020-07-01",
    value: 43_000,
    confirmed: true,
    sourceTitle: "Forsinkelsesrenten reduseres til 8 prosent fra 1. juli 2020 (BS Regnskap)",
    sourceUrl:
      "https://www.bsregnskap.no/2020/06/22/forsinkelsesrenten-reduseres-til-8-prosent-fra-1-juli-2020-korrigert/",
  },
  {
    table: LegalTable.STANDARD_COMPENSATION,
    validFrom: "2021-01-01",
    value: 42_000,
    confirmed: true,
    sourceTitle: "Endring i rettsgebyret og standardkompensasjonen (Visma, January 2021)",
    sourceUrl:
      "https://community.visma.com/t5/Nyheter-i-Purring-Inkasso/Endring-i-rettsgebyret-og-standardkompensasjonen-Uendret/ba-p/349237",
  },
  {
    table: LegalTable.STANDARD_COMPENSATION,
    validFrom: "2022-01-01",
    value: 39_000,
    confirmed: false,
    sourceTitle: "390 kr before 1 July 2022 per Visma; the date it took effect was not found",
    sourceUrl:
      "https://community.visma.com/t5/Nyheter-i-Fakturaservice/Forsinkelsesrente-og-standardkompensasjon-fra-1-Juli-2022/ba-p/506991",
  },
  {
    table: LegalTable.STANDARD_COMPENSATION,
    validFrom: "2022-07-01",
    value: 40_000,
    confirmed: true,
    sourceTitle: "Forsinkelsesrente og standardkompensasjon for andre halvår 2022 (revisjonskompaniet.no)",
    sourceUrl:
      "https://www.revisjonskompaniet.no/uncategorized/forsinkelsesrente-og-standardkompensasjon-for-andre-halvar-2022/",
  },
  {
    table: LegalTable.STANDARD_COMPENSATION,
    validFrom: "2023-01-01",
    value: 41_000,
    confirmed: true,
    sourceTitle: "Forsinkelsesrenten øker til 10,75 prosent fra 1. januar 2023 (Regnskap Norge)",
    sourceUrl:
      "https://www.regnskapnorge.no/faget/artikler/forretningsjus/forsinkelsesrenten-oker-til-1075-prosent-fra-1.-januar-2023/",
  },
  {
    table: LegalTable.STANDARD_COMPENSATION,
    validFrom: "2024-01-01",
    value: 47_000,
    confirmed: true,
    sourceTitle: "Forsinkelsesrente og standardkompensasjon fra 1. januar 2024 (Finansdepartementet, regjeringen.no)",
    sourceUrl:
      "https://www.regjeringen.no/no/aktuelt/forsinkelsesrente-og-standardkompensasjon-fra-1.-januar-2024/id3019071/",
  },
  {
    table: LegalTable.STANDARD_COMPENSATION,
    validFrom: "2025-01-01",
    value: 47_000,
    confirmed: true,
    sourceTitle: "Forskrift 19. desember 2024 nr. 3279 § 2 (lovdata)",
    sourceUrl: "https://lovdata.no/forskrift/2024-12-19-3279",
  },
  {
    table: LegalTable.STANDARD_COMPENSATION,
    validFrom: "2026-01-01",
    value: 46_000,
    confirmed: true,
    sourceTitle: "Nye satser fra 1. januar 2026: standardkompensasjon 460 kroner (Kred)",
    sourceUrl:
      "https://www.kred.no/uncategorized/forsinkelsesrente-og-standardkompensasjon-for-inndrivelseskostnader-fra-1-januar-2026",
  },

  // Tvisteloven § 6-2 (2) a, øre
  {
    table: LegalTable.LAWYER_BYPASS_THRESHOLD,
    validFrom: "2008-01-01",
    value: 12_500_000,
    confirmed: true,
    sourceTitle: "Tvisteloven § 6-2 annet ledd bokstav a (125 000 kr until 30 June 2020)",
    sourceUrl: "https://www.forliksraadet.no/aktuelt/endringer-i-domstolloven-og-tvisteloven-2020",
  },
  {
    table: LegalTable.LAWYER_BYPASS_THRESHOLD,
    validFrom: "2020-07-01",
    value: 20_000_000,
    confirmed: true,
    sourceTitle: "Lov 17. april 2020 nr. 26 (verdigrensene): 200 000 kr for forliksklager fra 1. juli 2020",
    sourceUrl: "https://www.forliksraadet.no/aktuelt/endringer-i-domstolloven-og-tvisteloven-2020",
  },
];
