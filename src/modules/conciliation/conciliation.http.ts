import type { Express, Request, Response } from "express";
import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import type { Clock } from "../../shared/clock";
import { formatDate } from "../../shared/format-no";
import { idOf } from "../../shared/global-id";
import type { AppServices } from "../../app/services";
import { authenticate } from "../access/access.service";
import { bearer, canSeeCreditor, hasScope, type Auth } from "../access/auth";
import { Scope } from "../access/api-key.entity";
import type { Creditor } from "../parties/creditor.entity";
import { DebtorKind, type Debtor } from "../parties/debtor.entity";
import type { PostalAddress } from "../parties/address";
import { JudgmentOutcome } from "./claim.rules";
import { ConciliationCase } from "./conciliation-case.entity";
import { EnforcementBasisKind, forliksklagePdf, utleggsbegjaeringPdf, type AddressDto, type PartyDto } from "./pdf";
import { EnforcementPetition } from "../enforcement/enforcement-petition.entity";
import { Document } from "../documents/document.entity";

export interface ConciliationRoutesOptions {
  orm: MikroORM;
  services: AppServices;
  clock: Clock;
}

function problem(res: Response, status: number, code: string, message: string): void {
  if (status === 401) res.set("WWW-Authenticate", 'Bearer realm="tvist"');
  res.status(status).json({ userErrors: [{ code, field: null, message }] });
}

async function authorize(req: Request, res: Response, options: ConciliationRoutesOptions): Promise<Auth | undefined> {
  const key = bearer(req.headers.authorization);
  const auth = key ? await authenticate(options.orm.em.fork(), key, options.clock) : null;
  if (!auth) {
    problem(
      res,
      401,
      "UNAUTHENTICATED",
      key
        ? "The API key is unknown or revoked: create a new key with apiKeyCreate or use the admin key."
        : "Authentication required: send the header Authorization: Bearer <API key>.",
    );
    return undefined;
  }
  if (!hasScope(auth, Scope.READ)) {
    problem(res, 403, "FORBIDDEN", "This API key lacks the READ scope needed here: use a key with that scope.");
    return undefined;
  }
  return auth;
}

function addressDto(a: PostalAddress): AddressDto {
  return { street: a.street, postalCode: a.postalCode, city: a.city, country: a.country };
}

export function creditorParty(c: Creditor): PartyDto {
  return { name: c.name, address: addressDto(c.address), orgNumber: c.orgNumber };
}

export function debtorParty(d: Debtor): PartyDto {
  return d.kind === DebtorKind.PERSON
    ? { name: d.name, address: addressDto(d.address), birthDate: d.birthDate }
    : { name: d.name, address: addressDto(d.address), orgNumber: d.orgNumber };
}

function sendPdf(res: Response, pdf: Buffer, filename: string): void {
  res.set("Content-Type", "application/pdf");
  res.set("Content-Disposition", `inline; filename="${filename}"`);
  res.set("Cache-Control", "private, no-store");
  res.send(pdf);
}

/** The forliksklage of a stored draft, as a PDF. */
export async function renderForliksklage(em: EntityManager, cc: ConciliationCase, today: string): Promise<Buffer> {
  await em.populate(cc, ["board", "case.creditor", "case.debtor", "case.invoice"]);
  const attachments = await attachmentTitles(em, cc);
  return forliksklagePdf({
    board: { name: cc.board.name, address: cc.board.address ? addressDto(cc.board.address) : null },
    creditor: creditorParty(cc.case.creditor),
    debtor: debtorParty(cc.case.debtor),
    subject: cc.subject,
    facts: cc.factualDescription,
    claim: cc.claim,
    attachments,
    reference: cc.case.invoice.invoiceNumber,
    generatedOn: today,
  });
}

/** Titles of the attached documents in order: the invoice PDF by its number, the others by file name. */
export async function attachmentTitles(em: EntityManager, cc: ConciliationCase): Promise<string[]> {
  if (cc.documentIds.length === 0) return [];
  const docs = await em.find(Document, { id: { $in: cc.documentIds } });
  const invoice = cc.case.invoice;
  return cc.documentIds
    .map((id) => docs.find((d) => d.id === id))
    .filter((d): d is Document => d !== undefined)
    .map((d) => (d.id === invoice.pdfDocumentId ? `Faktura nr. ${invoice.invoiceNumber} (${d.filename})` : d.filename));
}

const BASIS: Partial<Record<JudgmentOutcome, EnforcementBasisKind>> = {
  [JudgmentOutcome.JUDGMENT_IN_ABSENCE]: EnforcementBasisKind.JUDGMENT_IN_ABSENCE,
  [JudgmentOutcome.COURT_SETTLEMENT]: EnforcementBasisKind.COURT_SETTLEMENT,
};

/** The utleggsbegjæring of a stored petition, as a PDF. */
export async function renderUtleggsbegjaering(em: EntityManager, p: EnforcementPetition): Promise<Buffer> {
  await em.populate(p, ["judgment.conciliationCase.board", "case.creditor", "case.debtor", "case.invoice"]);
  const j = p.judgment;
  const board = j.conciliationCase.board.name;
  const kind = BASIS[j.outcome] ?? EnforcementBasisKind.JUDGMENT;
  const basisTitle =
    kind === EnforcementBasisKind.COURT_SETTLEMENT
      ? "Rettsforlik"
      : kind === EnforcementBasisKind.JUDGMENT_IN_ABSENCE
        ? "Fraværsdom"
        : "Forliksdom";
  return utleggsbegjaeringPdf({
    creditor: creditorParty(p.case.creditor),
    debtor: {
      ...debtorParty(p.case.debtor),
      owner:
        p.ownerBirthNumber && p.ownerAddress
          ? { birthNumber: p.ownerBirthNumber, address: addressDto(p.ownerAddress) }
          : null,
    },
    amounts: {
      principal: p.principal,
      interest: p.interest,
      fees: p.fees,
      costs: p.costs,
      interestTo: p.interestTo,
      preparationCosts: p.preparationCosts,
    },
    basis: {
      kind,
      date: j.judgmentDate,
      boardName: board,
      caseNumber: j.caseNumber ?? "ikke oppgitt",
      serviceDate: j.serviceDate,
      paymentDueDate: j.paymentDueDate ?? j.judgmentDate,
    },
    noticeSentOn: p.noticeSentOn,
    attachments: [
      `${basisTitle} fra ${board}, avsagt ${formatDate(j.judgmentDate)}, med påtegning om forkynnelse ${formatDate(j.serviceDate)}`,
    ],
    reference: p.case.invoice.invoiceNumber,
    generatedOn: p.petitionDate,
  });
}

/** GET /conciliation-cases/:id/forliksklage.pdf and GET /enforcement-petitions/:id/utleggsbegjaering.pdf, tenant-isolated. */
export function mountConciliationRoutes(app: Express, options: ConciliationRoutesOptions): void {
  app.get("/conciliation-cases/:id/forliksklage.pdf", async (req, res, next) => {
    try {
      const auth = await authorize(req, res, options);
      if (!auth) return;
      const em = options.orm.em.fork();
      const id = idOf(String(req.params.id), "ConciliationCase");
      const cc = id === undefined ? null : await em.findOne(ConciliationCase, { id });
      if (!cc || !canSeeCreditor(auth, cc.creditor.id)) {
        problem(
          res,
          404,
          "UNKNOWN_CONCILIATION_CASE",
          "No such conciliation case for this API key: use ConciliationCase.pdfUrl from the API.",
        );
        return;
      }
      sendPdf(res, await renderForliksklage(em, cc, options.clock.today()), `forliksklage-${cc.id}.pdf`);
    } catch (err) {
      next(err);
    }
  });
  app.get("/enforcement-petitions/:id/utleggsbegjaering.pdf", async (req, res, next) => {
    try {
      const auth = await authorize(req, res, options);
      if (!auth) return;
      const em = options.orm.em.fork();
      const id = idOf(String(req.params.id), "EnforcementPetition");
      const p = id === undefined ? null : await em.findOne(EnforcementPetition, { id });
      if (!p || !canSeeCreditor(auth, p.creditor.id)) {
        problem(
          res,
          404,
          "UNKNOWN_ENFORCEMENT_PETITION",
          "No such enforcement petition for this API key: use EnforcementPetition.pdfUrl from the API.",
        );
        return;
      }
      sendPdf(res, await renderUtleggsbegjaering(em, p), `utleggsbegjaering-${p.id}.pdf`);
    } catch (err) {
      next(err);
    }
  });
}
