import { buildClaim } from "../../src/modules/conciliation/claim.rules";
import { groupRows } from "../../src/modules/legal-tables/legal-table.rules";
import { ALL_SEEDED_ROWS } from "../../src/modules/legal-tables/legal-table-caps.seed";
import {
  EnforcementBasisKind,
  forliksklagePdf,
  utleggsbegjaeringPdf,
  type ForliksklageDto,
  type PartyDto,
  type UtleggsbegjaeringDto,
} from "../../src/modules/conciliation/pdf";
import { pdfText } from "../support/pdf-text";

const creditor: PartyDto = {
  name: "Fjellvik Regnskap AS",
  address: { street: "Storgata 1", postalCode: "0155", city: "Oslo" },
  orgNumber: "123456785",
  representative: "Kari Nordmann",
};
const debtor: PartyDto = {
  name: "Ola Ærlig Østby",
  address: { street: "Bærumsveien 12 B", postalCode: "1337", city: "Sandvika" },
  birthDate: "1980-05-17",
};

// 12 500 kr due 15 Dec 2023, filed 20 Jan 2024: 16 days at 11.75 % and 20 days at 12.5 %.
const built = buildClaim(
  {
    principal: 1_250_000,
    dueDate: "2023-12-15",
    filingDate: "2024-01-20",
    legalCosts: 600_000,
    extraFees: [{ label: "Inkassovarsel", amount: 3_500 }],
    requestJudgmentInAbsence: true,
  },
  groupRows(ALL_SEEDED_ROWS),
);
if (!built.ok) throw new Error("the example claim must compute");
const claim = built.value;

const klage: ForliksklageDto = {
  board: { name: "Oslo forliksråd", address: { street: "Postboks 2094 Vika", postalCode: "0125", city: "Oslo" } },
  creditor,
  debtor,
  subject: "Krav om betaling av faktura nr. 10023",
  facts:
    "Klager leverte regnskapstjenester til innklagede i november 2023 og sendte faktura nr. 10023 med forfall 15.12.2023. Innklagede har ikke betalt.",
  claim,
  attachments: ["Faktura nr. 10023", "Innsigelse fra innklagede"],
  reference: "T-42",
  generatedOn: "2024-01-20",
};

/** Lines of text with page markers dropped and runs of whitespace (tabs between columns) made one space. */
function lines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l !== "" && !/^-- \d+ of \d+ --$/.test(l));
}

/** Everything after the "Underskrift" heading. */
function signatureArea(all: string[]): string[] {
  const at = all.lastIndexOf("Underskrift");
  expect(at).toBeGreaterThan(0);
  return all.slice(at + 1);
}

describe("forliksklage PDF", () => {
  let text: string[];

  beforeAll(async () => {
    const pdf = await forliksklagePdf(klage);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    text = lines(await pdfText(pdf));
  });

  it("names the forliksråd and its address", () => {
    const at = text.indexOf("Til forliksrådet");
    expect(text.slice(at, at + 4)).toEqual(["Til forliksrådet", "Oslo forliksråd", "Postboks 2094 Vika", "0125 Oslo"]);
  });

  it("names both parties with addresses, org.nr and birth date", () => {
    const c = text.indexOf("Klager");
    expect(text.slice(c, c + 6)).toEqual([
      "Klager",
      "Fjellvik Regnskap AS",
      "Storgata 1",
      "0155 Oslo",
      "Organisasjonsnummer: 123456785",
      "Kontaktperson/prosessfullmektig: Kari Nordmann",
    ]);
    const d = text.indexOf("Innklagede (klagemotpart)");
    expect(text.slice(d, d + 5)).toEqual([
      "Innklagede (klagemotpart)",
      "Ola Ærlig Østby",
      "Bærumsveien 12 B",
      "1337 Sandvika",
      "Fødselsdato: 17.05.1980",
    ]);
  });

  it("says what the case concerns and describes the facts", () => {
    expect(text[text.indexOf("Saken gjelder") + 1]).toBe("Krav om betaling av faktura nr. 10023");
    const from = text.indexOf("Kort beskrivelse av faktum") + 1;
    expect(text.slice(from, text.indexOf("Kravet")).join(" ")).toBe(klage.facts);
  });

  it("itemises the claim with Norwegian amounts", () => {
    const from = text.indexOf("Kravet");
    expect(text.slice(from, text.indexOf("Påstand"))).toEqual([
      "Kravet",
      "Hovedstol 12 500,00 kr",
      "Forsinkelsesrente fra 16.12.2023 til 20.01.2024 150,00 kr",
      "16.12.2023–31.12.2023: 16 dager à 11,75 % p.a. = 64,38 kr",
      "01.01.2024–20.01.2024: 20 dager à 12,5 % p.a. = 85,62 kr",
      "Gebyr for forliksklage (1,1 × rettsgebyr) 1 404,00 kr",
      "Inkassovarsel 35,00 kr",
      "Utgifter til juridisk bistand (begrenset til 638,00 kr, tvisteloven § 6-13) 638,00 kr",
      "Sum 14 727,00 kr",
    ]);
    expect(claim.total).toBe(1_472_700);
  });

  it("states the påstand, the fraværsdom request and the attachments", () => {
    const from = text.indexOf("Påstand") + 1;
    expect(text.slice(from, text.indexOf("Fraværsdom")).join(" ")).toBe(
      "Ola Ærlig Østby dømmes til å betale Fjellvik Regnskap AS 14 727,00 kr, med tillegg av forsinkelsesrente etter forsinkelsesrenteloven § 3 av 12 500,00 kr fra 21.01.2024 til betaling skjer.",
    );
    expect(text[text.indexOf("Fraværsdom") + 1]).toBe(
      "Klager ber om fraværsdom dersom innklagede ikke gir tilsvar innen fristen eller ikke møter i forliksrådet.",
    );
    const v = text.indexOf("Vedlegg");
    expect(text.slice(v + 1, v + 3)).toEqual(["1. Faktura nr. 10023", "2. Innsigelse fra innklagede"]);
  });

  it("leaves the signature line empty: captions only, no name", () => {
    expect(signatureArea(text)).toEqual(["Sted og dato Klagers underskrift"]);
    expect(text.filter((l) => l.includes("Kari Nordmann"))).toEqual(["Kontaktperson/prosessfullmektig: Kari Nordmann"]);
    expect(text.filter((l) => l.includes("Fjellvik Regnskap AS"))).toHaveLength(2);
    expect(text).toContain(
      "Forliksklagen er ikke underskrevet. Klager må selv underskrive den og sende den til forliksrådet.",
    );
  });

  it("says when no fraværsdom is asked for, and keeps an empty signature on a later page", async () => {
    const long = {
      ...klage,
      facts: Array.from({ length: 40 }, (_, i) => `Avsnitt ${i + 1} om saken.`).join("\n"),
      claim: { ...claim, requestJudgmentInAbsence: false },
    };
    const raw = await pdfText(await forliksklagePdf(long));
    expect(raw).toContain("-- 2 of 2 --");
    const all = lines(raw);
    expect(all).toContain("Klager ber ikke om fraværsdom.");
    expect(signatureArea(all)).toEqual(["Sted og dato Klagers underskrift"]);
  });
});

describe("utleggsbegjæring PDF", () => {
  const begjaering: UtleggsbegjaeringDto = {
    enforcementOfficer: "Namsmannen i Oslo",
    creditor,
    debtor,
    amounts: { principal: 1_250_000, interest: 15_000, fees: 144_000, costs: 510_800, interestTo: "2024-01-20" },
    basis: {
      kind: EnforcementBasisKind.JUDGMENT_IN_ABSENCE,
      date: "2024-03-01",
      boardName: "Oslo forliksråd",
      caseNumber: "24-012345FOR-OSLO",
      serviceDate: "2024-03-05",
      paymentDueDate: "2024-03-19",
    },
    attachments: ["Fraværsdom fra Oslo forliksråd 01.03.2024"],
    generatedOn: "2024-04-10",
  };
  let text: string[];

  beforeAll(async () => {
    text = lines(await pdfText(await utleggsbegjaeringPdf(begjaering)));
  });

  it("names the parties", () => {
    const s = text.indexOf("Saksøker (kreditor)");
    expect(text.slice(s + 1, s + 5)).toEqual([
      "Fjellvik Regnskap AS",
      "Storgata 1",
      "0155 Oslo",
      "Organisasjonsnummer: 123456785",
    ]);
    const d = text.indexOf("Saksøkte (skyldner)");
    expect(text.slice(d + 1, d + 5)).toEqual([
      "Ola Ærlig Østby",
      "Bærumsveien 12 B",
      "1337 Sandvika",
      "Fødselsdato: 17.05.1980",
    ]);
    expect(text[text.indexOf("Til namsmannen") + 1]).toBe("Namsmannen i Oslo");
  });

  it("gives the judgment as the basis", () => {
    const t = text.indexOf("Tvangsgrunnlag");
    expect(text.slice(t + 1, t + 4)).toEqual([
      "Fraværsdom fra Oslo forliksråd, avsagt 01.03.2024, saksnummer 24-012345FOR-OSLO.",
      "Forkynt: 05.03.2024.",
      "Oppfyllelsesfrist: 19.03.2024. Kravet er ikke betalt innen fristen.",
    ]);
  });

  it("splits the amount into principal, interest, fees and costs", () => {
    const k = text.indexOf("Kravet");
    expect(text.slice(k + 1, k + 7)).toEqual([
      "Hovedstol 12 500,00 kr",
      "Renter til og med 20.01.2024 150,00 kr",
      "Gebyrer 1 440,00 kr",
      "Sakskostnader 5 108,00 kr",
      "Sum 19 198,00 kr",
      "Med tillegg av forsinkelsesrente av hovedstolen fra 21.01.2024 til betaling skjer.",
    ]);
  });

  it("leaves the signature line empty", () => {
    expect(signatureArea(text)).toEqual(["Sted og dato Saksøkers underskrift"]);
    expect(text.filter((l) => l.includes("Kari Nordmann"))).toHaveLength(1);
  });
});
