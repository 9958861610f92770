import { Collection, Entity, Index, ManyToMany, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { Node } from "../../shared/node";
import { ConciliationBoard } from "./conciliation-board.entity";

/** Kommune, with the dates its code is valid: old codes stay for old cases. */
@Entity({ tableName: "municipality" })
@Unique({ properties: ["code", "validFrom"] })
@ObjectType({
  implements: Node,
  description: "Municipality — kommune, from the municipality register (SSB classification 131).",
})
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

  @Field(() => LocalDateResolver, { description: "First day the code is valid." })
  @Property({ type: "date" })
  validFrom: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day the code is valid; null while in force." })
  @Property({ type: "date", nullable: true })
  validTo: string | null = null;

  /** The forliksråd that serves this kommune. */
  @Index()
  @ManyToOne(() => ConciliationBoard, { nullable: true })
  board: ConciliationBoard | null = null;

  /** Neighbouring kommuner (for møteplikt), kept symmetric by the register service: both directions are rows. */
  @ManyToMany({
    entity: () => Municipality,
    pivotTable: "municipality_neighbour",
    joinColumn: "municipality_id",
    inverseJoinColumn: "neighbour_id",
  })
  neighbours = new Collection<Municipality>(this);

  constructor(code: string, name: string, countyCode: string, countyName: string, validFrom: string) {
    super();
    this.code = code;
    this.name = name;
    this.countyCode = countyCode;
    this.countyName = countyName;
    this.validFrom = validFrom;
  }
}
