import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { Node } from "../../shared/node";
import { CollectionCase } from "../cases/collection-case.entity";
import { Creditor } from "../parties/creditor.entity";
import { Document } from "../documents/document.entity";
import { ObjectionChannel, ObjectionStatus } from "./objection.rules";

registerEnumType(ObjectionChannel, {
  name: "ObjectionChannel",
  description: "How the objection (innsigelse) reached the creditor.",
  valuesConfig: {
    LETTER: { description: "By letter (brev): written." },
    EMAIL: { description: "By e-mail (e-post): written." },
    PORTAL: { description: "Through a web portal or form: written." },
    ORAL: {
      description: "By telephone or in person (muntlig): does not freeze unless the written objection is uploaded.",
    },
  },
});

registerEnumType(ObjectionStatus, {
  name: "ObjectionStatus",
  description: "Where an objection (innsigelse) stands.",
  valuesConfig: {
    OPEN: { description: "Awaiting the creditor's answer." },
    WITHDRAWN: { description: "The debtor withdrew it (trukket)." },
    UNFOUNDED: {
      description: "Found obviously unfounded (åpenbart grunnløs), with a recorded reason: collection may go on.",
    },
    RESOLVED_BY_CREDIT: { description: "Settled by a credit note (kreditnota), perhaps with a new invoice." },
    ESCALATED: {
      description:
        "The creditor takes the claim to the forliksråd; the case stays frozen until the forliksklage is sent.",
    },
  },
});

export interface ObjectionInit {
  case: CollectionCase;
  channel: ObjectionChannel;
  receivedOn: string;
  text: string;
  written: boolean;
}

/** Objection — innsigelse: the debtor disputes the claim. A written one freezes collection. */
@Entity({ tableName: "objection" })
@Index({ properties: ["creditor", "id"] })
@Index({ properties: ["case", "id"] })
@ObjectType("Objection", {
  implements: Node,
  description:
    "Objection — innsigelse: the debtor disputes the claim. A written objection freezes collection until it is resolved.",
})
export class Objection extends BaseEntity<
  "status" | "resolutionReason" | "withdrawnOn" | "decidedBy" | "decidedAt" | "documents"
> {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("Objection", this.id);
  }

  @ManyToOne(() => CollectionCase)
  case: CollectionCase;

  /** Denormalised from the case for tenant filtering without a join. */
  @ManyToOne(() => Creditor)
  creditor: Creditor;

  @Field(() => ObjectionChannel)
  @Enum(() => ObjectionChannel)
  channel: ObjectionChannel;

  @Field(() => LocalDateResolver, { description: "Date the creditor received the objection (mottatt)." })
  @Property({ type: "date" })
  receivedOn: string;

  @Field({ description: "The debtor's objection in their words, or a note of what they said." })
  @Property({ type: "text" })
  text: string;

  @Field({
    description:
      "Written (brev, e-post, portal, or oral with the written objection uploaded): a written objection freezes the case.",
  })
  @Property()
  written: boolean;

  @Field(() => ObjectionStatus)
  @Enum(() => ObjectionStatus)
  status: ObjectionStatus = ObjectionStatus.OPEN;

  @Field(() => String, {
    nullable: true,
    description: "Why it was resolved this way, e.g. why it is åpenbart grunnløs.",
  })
  @Property({ type: "text", nullable: true })
  resolutionReason: string | null = null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Date the debtor withdrew the objection." })
  @Property({ type: "date", nullable: true })
  withdrawnOn: string | null = null;

  @Field(() => String, { nullable: true, description: "Who recorded the resolution: the API key's name." })
  @Property({ type: "string", nullable: true })
  decidedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: "When the resolution was recorded." })
  @Property({ type: "timestamptz", nullable: true })
  decidedAt: Date | null = null;

  /** The uploaded written objection and any other attachments (the creditor's own documents only). */
  @ManyToMany(() => Document, undefined, { owner: true, pivotTable: "objection_document" })
  documents = new Collection<Document>(this);

  constructor(init: ObjectionInit) {
    super();
    this.case = init.case;
    this.creditor = init.case.creditor;
    this.channel = init.channel;
    this.receivedOn = init.receivedOn;
    this.text = init.text;
    this.written = init.written;
  }
}
