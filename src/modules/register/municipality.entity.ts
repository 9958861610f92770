import { Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { Node } from "../../shared/node";
import { ConciliationBoard } from "./conciliation-board.entity";

/** Kommune, with the dates its code is valid: old codes stay for old cases. */
@Entity({ tableName: "municipality" })
@Unique({ properties: ["code", "validFrom"] })
@ObjectType({ implements: Node, description: "Municipality — kommune, from the municipality register (SSB classification 131)." })
export class Municipality extends BaseEntity<"validTo"> {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("Municipality", this.id);
  }

  @Field({ description: "Kommunenummer: 4 digits, the first two the county (fylke)." })
  @Index()
  @Property({ length: 4 })
  code: string;

  @Field()
  @Property()
  name: string;

  @Field({ description: "Fylkesnummer." })
  @Property({ length: 2 })
  countyCode: string;

  @Field()
  @Property()
  countyName: string;

  @Field({ description: "First day the code is valid." })
  @Property({ type: "date" })
  validFrom: string;

  @Field(() => String, { nullable: true, description: "Last day the code is valid; null while in force." })
  @Property({ type: "date", nullable: true })
  validTo: string | null = null;

  /** The forliksråd that serves this kommune. */
  @ManyToOne(() => ConciliationBoard, { nullable: true })
  board: ConciliationBoard | null = null;

  constructor(code: string, name: string, countyCode: string, countyName: string, validFrom: string) {
    super();
    this.code = code;
    this.name = name;
    this.countyCode = countyCode;
    this.countyName = countyName;
    this.validFrom = validFrom;
  }
}
