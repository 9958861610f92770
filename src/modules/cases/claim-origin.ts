import { Embeddable, Enum, Property } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";

export enum ClaimOriginatorKind {
  /** The creditor that sent the invoice to collection. */
  CREDITOR = "CREDITOR",
  /** A public body whose claim a state collection agency collects (NRK, Lånekassen, Politiet…). */
  PUBLIC_BODY = "PUBLIC_BODY",
}

registerEnumType(ClaimOriginatorKind, {
  name: "ClaimOriginatorKind",
  description: "Who created the claim (kravhaver).",
  valuesConfig: {
    CREDITOR: { description: "The creditor itself (kreditor)." },
    PUBLIC_BODY: { description: "A public body (offentlig oppdragsgiver), e.g. NRK, Lånekassen or Politiet." },
  },
});

/** The body that created the claim; a complaint the agency does not reverse goes to it by default. */
@Embeddable()
@ObjectType("ClaimOrigin", {
  description:
    "Claim origin — kravets opphav: the body that created the claim and by default decides complaints the agency keeps.",
})
export class ClaimOrigin {
  @Field(() => ClaimOriginatorKind)
  @Enum(() => ClaimOriginatorKind)
  kind: ClaimOriginatorKind;

  @Field({ description: "Name, e.g. NRK, Lånekassen, Politiet." })
  @Property()
  name: string;

  @Field(() => String, { nullable: true, description: "Organisasjonsnummer, when known." })
  @Property({ type: "string", nullable: true })
  orgNumber: string | null;

  constructor(kind: ClaimOriginatorKind, name: string, orgNumber: string | null = null) {
    this.kind = kind;
    this.name = name;
    this.orgNumber = orgNumber;
  }
}
