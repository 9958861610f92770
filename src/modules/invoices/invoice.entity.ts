import { BigIntType, Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { Node } from "../../shared/node";
import { Creditor } from "../parties/creditor.entity";
import { Debtor } from "../parties/debtor.entity";

/** An unpaid invoice pushed in by an accounting system, which owns it. */
@Entity({ tableName: "invoice" })
@Unique({ properties: ["creditor", "sourceSystem", "externalId"] })
@Index({ properties: ["creditor", "id"] })
@ObjectType({ implements: Node, description: "Invoice — faktura, as the accounting system sent it." })
export class Invoice extends BaseEntity<"kid" | "pdfDocumentId" | "currency" | "replacesInvoice"> {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("Invoice", this.id);
  }

  @ManyToOne(() => Creditor)
  creditor: Creditor;

  @ManyToOne(() => Debtor)
  debtor: Debtor;

  @Field({ description: "Fakturanummer." })
  @Property()
  invoiceNumber: string;

  @Field({ description: "The accounting system the invoice came from, e.g. conta." })
  @Property()
  sourceSystem: string;

  @Field({ description: "The invoice's id in that system." })
  @Property()
  externalId: string;

  @Field(() => LocalDateResolver, { description: "Fakturadato." })
  @Property({ type: "date" })
  issueDate: string;

  @Field(() => LocalDateResolver, { description: "Forfallsdato." })
  @Property({ type: "date" })
  dueDate: string;

  /** Minor units (øre), VAT included. */
  @Field(() => SafeIntResolver, { description: "Amount in øre, VAT included." })
  @Property({ type: new BigIntType("number") })
  amount: number;

  @Field({ description: "ISO 4217; NOK only." })
  @Property({ length: 3, default: "NOK" })
  currency: string = "NOK";

  @Field(() => String, { nullable: true, description: "KID (kundeidentifikasjonsnummer), MOD10 or MOD11." })
  @Property({ type: "string", nullable: true })
  kid: string | null = null;

  /** Uploaded invoice PDF, if any. */
  @Property({ type: new BigIntType("number"), nullable: true })
  pdfDocumentId: number | null = null;

  /** The invoice this one replaces after a partial credit (agreed new amount). */
  @ManyToOne(() => Invoice, { nullable: true })
  replacesInvoice: Invoice | null = null;

  constructor(
    creditor: Creditor,
    debtor: Debtor,
    fields: {
      invoiceNumber: string;
      sourceSystem: string;
      externalId: string;
      issueDate: string;
      dueDate: string;
      amount: number;
    },
  ) {
    super();
    this.creditor = creditor;
    this.debtor = debtor;
    this.invoiceNumber = fields.invoiceNumber;
    this.sourceSystem = fields.sourceSystem;
    this.externalId = fields.externalId;
    this.issueDate = fields.issueDate;
    this.dueDate = fields.dueDate;
    this.amount = fields.amount;
  }
}
