/**
 * Documents in Norwegian, rendered with pdfkit's built-in Helvetica (WinAnsi covers æøå): the forliksklage
 * (tvisteloven § 6-3) and the utleggsbegjæring. Input is plain data; tvist never signs: the signature line is empty.
 */
import PDFDocument from "pdfkit";
import { addDays, type LocalDate } from "../../shared/local-date";
import { formatDate, formatFactor, formatOre, formatPercent } from "../../shared/format-no";
import type { ConciliationClaim } from "./claim.rules";

export interface AddressDto {
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2; shown only when not NO. */
  country?: string | null;
}

export interface PartyDto {
  name: string;
  address: AddressDto;
  /** Organisasjonsnummer, for a business. */
  orgNumber?: string | null;
  /** Fødselsdato, for a person, when known. */
  birthDate?: LocalDate | null;
  /** Contact person or lawyer (prosessfullmektig), shown as information only. */
  representative?: string | null;
  /** Enkeltpersonforetak: the owner's fødselsnummer and private address, which namsmannen needs. */
  owner?: { birthNumber: string; address: AddressDto } | null;
}

export interface BoardDto {
  /** "Oslo forliksråd". */
  name: string;
  address?: AddressDto | null;
}

export interface ForliksklageDto {
  board: BoardDto;
  /** Klager. */
  creditor: PartyDto;
  /** Innklagede (klagemotpart). */
  debtor: PartyDto;
  /** What the case concerns, one line: "Krav om betaling av faktura nr. 10023". */
  subject: string;
  /** Short factual description. */
  facts: string;
  claim: ConciliationClaim;
  /** Titles of the attached documents, in order. */
  attachments: readonly string[];
  /** The creditor's own reference, if any. */
  reference?: string | null;
  /** Date printed as the generation date. */
  generatedOn: LocalDate;
}

export enum EnforcementBasisKind {
  JUDGMENT = "JUDGMENT",
  JUDGMENT_IN_ABSENCE = "JUDGMENT_IN_ABSENCE",
  COURT_SETTLEMENT = "COURT_SETTLEMENT",
}

export interface EnforcementBasisDto {
  kind: EnforcementBasisKind;
  /** The day the judgment was given or the settlement made. */
  date: LocalDate;
  /** "Oslo forliksråd". */
  boardName: string;
  /** The forliksråd's case number. */
  caseNumber: string;
  serviceDate?: LocalDate | null;
  /** Oppfyllelsesfrist. */
  paymentDueDate: LocalDate;
}

export interface EnforcementAmountsDto {
  /** Øre each. */
  principal: number;
  interest: number;
  fees: number;
  costs: number;
  /** Interest above is computed to this day inclusive; more runs on the principal from the next day. */
  interestTo?: LocalDate | null;
  /** Øre of `costs` that are the creditor's cost of preparing this petition. */
  preparationCosts?: number;
}

export interface UtleggsbegjaeringDto {
  /** "Namsmannen i Oslo", if known. */
  enforcementOfficer?: string | null;
  /** Saksøker (the creditor). */
  creditor: PartyDto;
  /** Saksøkte (the debtor). */
  debtor: PartyDto;
  amounts: EnforcementAmountsDto;
  basis: EnforcementBasisDto;
  /** The day a notice (varsel) was sent, for a judgment a year old or more. */
  noticeSentOn?: LocalDate | null;
  attachments: readonly string[];
  reference?: string | null;
  generatedOn: LocalDate;
}

const MARGIN = 56;
const AMOUNT_WIDTH = 130;

type Doc = PDFKit.PDFDocument;

function render(title: string, draw: (doc: Doc) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: title, Creator: "tvist" } });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    try {
      draw(doc);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function title(doc: Doc, text: string, sub?: string): void {
  doc.font("Helvetica-Bold").fontSize(18).text(text, { align: "left" });
  if (sub) doc.font("Helvetica").fontSize(10).text(sub);
  doc.moveDown(0.8);
}

function heading(doc: Doc, text: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.6).font("Helvetica-Bold").fontSize(12).text(text).moveDown(0.2);
  doc.font("Helvetica").fontSize(10);
}

function paragraph(doc: Doc, text: string): void {
  doc
    .font("Helvetica")
    .fontSize(10)
    .text(text, { width: contentWidth(doc) });
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function addressLines(address: AddressDto): string[] {
  const lines = [address.street, `${address.postalCode} ${address.city}`];
  if (address.country && address.country !== "NO") lines.push(address.country);
  return lines;
}

function party(doc: Doc, label: string, p: PartyDto): void {
  heading(doc, label);
  doc.font("Helvetica-Bold").fontSize(10).text(p.name);
  doc.font("Helvetica");
  for (const line of addressLines(p.address)) doc.text(line);
  if (p.orgNumber) doc.text(`Organisasjonsnummer: ${p.orgNumber}`);
  if (p.birthDate) doc.text(`Fødselsdato: ${formatDate(p.birthDate)}`);
  if (p.representative) doc.text(`Kontaktperson/prosessfullmektig: ${p.representative}`);
  if (p.owner) {
    doc.text(`Enkeltpersonforetak. Innehaverens fødselsnummer: ${p.owner.birthNumber}`);
    doc.text(`Innehaverens privatadresse: ${addressLines(p.owner.address).join(", ")}`);
  }
}

/** One line: a label on the left, an amount right-aligned in the last column. */
function amountRow(doc: Doc, label: string, ore: number, bold = false): void {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  const labelWidth = width - AMOUNT_WIDTH - 10;
  ensureSpace(doc, 16);
  const y = doc.y;
  doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(10);
  const height = doc.heightOfString(label, { width: labelWidth });
  doc.text(label, x, y, { width: labelWidth });
  doc.text(formatOre(ore), x + width - AMOUNT_WIDTH, y, { width: AMOUNT_WIDTH, align: "right" });
  doc.x = x;
  doc.y = y + height + 3;
  doc.font("Helvetica");
}

function rule(doc: Doc): void {
  const x = doc.page.margins.left;
  doc
    .moveTo(x, doc.y)
    .lineTo(x + contentWidth(doc), doc.y)
    .lineWidth(0.5)
    .stroke();
  doc.moveDown(0.3);
}

function attachments(doc: Doc, titles: readonly string[]): void {
  heading(doc, "Vedlegg");
  if (titles.length === 0) paragraph(doc, "Ingen vedlegg.");
  titles.forEach((t, i) => paragraph(doc, `${i + 1}. ${t}`));
}

/** The signature block: a note, then empty lines with captions only. The signer fills it in by hand. */
function signatureBlock(doc: Doc, note: string, signerCaption: string): void {
  doc.moveDown(0.8);
  ensureSpace(doc, 110);
  paragraph(doc, note);
  heading(doc, "Underskrift");
  const x = doc.page.margins.left;
  const lineWidth = 220;
  doc.moveDown(2.2);
  const y = doc.y;
  doc
    .moveTo(x, y)
    .lineTo(x + 180, y)
    .lineWidth(0.7)
    .stroke();
  doc
    .moveTo(x + 240, y)
    .lineTo(x + 240 + lineWidth, y)
    .stroke();
  doc.font("Helvetica").fontSize(9);
  doc.text("Sted og dato", x, y + 4, { width: 180 });
  doc.text(signerCaption, x + 240, y + 4, { width: lineWidth });
  doc.x = x;
}

// ---- Forliksklage ----

function judgmentInAbsenceText(requested: boolean): string {
  return requested
    ? "Klager ber om fraværsdom dersom innklagede ikke gir tilsvar innen fristen eller ikke møter i forliksrådet."
    : "Klager ber ikke om fraværsdom.";
}

export function forliksklagePdf(dto: ForliksklageDto): Promise<Buffer> {
  const { claim } = dto;
  return render("Forliksklage", (doc) => {
    title(
      doc,
      "FORLIKSKLAGE",
      `Etter tvisteloven § 6-3. Generert ${formatDate(dto.generatedOn)}${dto.reference ? `, vår referanse ${dto.reference}` : ""}.`,
    );

    heading(doc, "Til forliksrådet");
    doc.font("Helvetica-Bold").text(dto.board.name);
    doc.font("Helvetica");
    if (dto.board.address) for (const line of addressLines(dto.board.address)) doc.text(line);

    party(doc, "Klager", dto.creditor);
    party(doc, "Innklagede (klagemotpart)", dto.debtor);

    heading(doc, "Saken gjelder");
    paragraph(doc, dto.subject);

    heading(doc, "Kort beskrivelse av faktum");
    paragraph(doc, dto.facts);

    heading(doc, "Kravet");
    amountRow(doc, "Hovedstol", claim.principal);
    const interestLabel =
      claim.interest.days > 0
        ? `Forsinkelsesrente fra ${formatDate(addDays(claim.interest.dueDate, 1))} til ${formatDate(claim.interest.toDate)}`
        : "Forsinkelsesrente";
    amountRow(doc, interestLabel, claim.interest.total);
    for (const p of claim.interest.periods) {
      doc
        .font("Helvetica")
        .fontSize(8)
        .text(
          `${formatDate(p.from)}–${formatDate(p.to)}: ${p.days} dager à ${formatPercent(p.rateBasisPoints)} p.a. = ${formatOre(p.amount)}`,
          { indent: 12 },
        );
    }
    if (claim.interest.periods.length > 0) doc.moveDown(0.3);
    doc.fontSize(10);
    amountRow(
      doc,
      `Gebyr for forliksklage (${formatFactor(claim.conciliationFeeFactor)} × rettsgebyr)`,
      claim.conciliationFee,
    );
    for (const fee of claim.extraFees) amountRow(doc, fee.label, fee.amount);
    const costLabel = claim.legalCosts.capped
      ? `Utgifter til juridisk bistand (begrenset til ${formatOre(claim.legalCosts.cap)}, tvisteloven § 6-13)`
      : "Utgifter til juridisk bistand";
    amountRow(doc, costLabel, claim.legalCosts.claimed);
    rule(doc);
    amountRow(doc, "Sum", claim.total, true);

    heading(doc, "Påstand");
    paragraph(
      doc,
      `${dto.debtor.name} dømmes til å betale ${dto.creditor.name} ${formatOre(claim.total)}, med tillegg av ` +
        `forsinkelsesrente etter forsinkelsesrenteloven § 3 av ${formatOre(claim.principal)} fra ` +
        `${formatDate(addDays(claim.interest.toDate, 1))} til betaling skjer.`,
    );

    heading(doc, "Fraværsdom");
    paragraph(doc, judgmentInAbsenceText(claim.requestJudgmentInAbsence));

    attachments(doc, dto.attachments);

    signatureBlock(
      doc,
      "Forliksklagen er ikke underskrevet. Klager må selv underskrive den og sende den til forliksrådet.",
      "Klagers underskrift",
    );
  });
}

// ---- Utleggsbegjæring ----

const BASIS_LABEL: Record<EnforcementBasisKind, string> = {
  [EnforcementBasisKind.JUDGMENT]: "Dom",
  [EnforcementBasisKind.JUDGMENT_IN_ABSENCE]: "Fraværsdom",
  [EnforcementBasisKind.COURT_SETTLEMENT]: "Rettsforlik",
};

export function enforcementTotal(amounts: EnforcementAmountsDto): number {
  return amounts.principal + amounts.interest + amounts.fees + amounts.costs;
}

export function utleggsbegjaeringPdf(dto: UtleggsbegjaeringDto): Promise<Buffer> {
  const { amounts, basis } = dto;
  return render("Begjæring om utlegg", (doc) => {
    title(
      doc,
      "BEGJÆRING OM UTLEGG",
      `Etter tvangsfullbyrdelsesloven. Generert ${formatDate(dto.generatedOn)}${dto.reference ? `, vår referanse ${dto.reference}` : ""}.`,
    );

    heading(doc, "Til namsmannen");
    paragraph(doc, dto.enforcementOfficer ?? "Namsmannen der saksøkte bor eller har forretningssted");

    party(doc, "Saksøker (kreditor)", dto.creditor);
    party(doc, "Saksøkte (skyldner)", dto.debtor);

    heading(doc, "Tvangsgrunnlag");
    paragraph(
      doc,
      `${BASIS_LABEL[basis.kind]} fra ${basis.boardName}, avsagt ${formatDate(basis.date)}, saksnummer ${basis.caseNumber}.`,
    );
    if (basis.serviceDate) paragraph(doc, `Forkynt: ${formatDate(basis.serviceDate)}.`);
    paragraph(doc, `Oppfyllelsesfrist: ${formatDate(basis.paymentDueDate)}. Kravet er ikke betalt innen fristen.`);
    if (dto.noticeSentOn)
      paragraph(doc, `Varsel om tvangsfullbyrdelse ble sendt saksøkte ${formatDate(dto.noticeSentOn)}.`);

    heading(doc, "Kravet");
    amountRow(doc, "Hovedstol", amounts.principal);
    amountRow(
      doc,
      amounts.interestTo ? `Renter til og med ${formatDate(amounts.interestTo)}` : "Renter",
      amounts.interest,
    );
    amountRow(doc, "Gebyrer", amounts.fees);
    amountRow(
      doc,
      amounts.preparationCosts
        ? `Sakskostnader, herav ${formatOre(amounts.preparationCosts)} for å utferdige begjæringen`
        : "Sakskostnader",
      amounts.costs,
    );
    rule(doc);
    amountRow(doc, "Sum", enforcementTotal(amounts), true);
    if (amounts.interestTo) {
      doc.moveDown(0.3);
      paragraph(
        doc,
        `Med tillegg av forsinkelsesrente av hovedstolen fra ${formatDate(addDays(amounts.interestTo, 1))} til betaling skjer.`,
      );
    }

    heading(doc, "Begjæring");
    paragraph(
      doc,
      `Saksøker begjærer utlegg hos saksøkte for kravet ovenfor på grunnlag av ${BASIS_LABEL[basis.kind].toLowerCase()} fra ${basis.boardName}.`,
    );

    attachments(doc, dto.attachments);

    signatureBlock(
      doc,
      "Begjæringen er ikke underskrevet. Saksøker må selv underskrive den og sende den til namsmannen.",
      "Saksøkers underskrift",
    );
  });
}
