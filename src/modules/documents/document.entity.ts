import { BigIntType, Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { SafeIntResolver } from "graphql-scalars";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { Creditor } from "../parties/creditor.entity";

export interface DocumentInit {
  creditor: Creditor;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string;
}

/** An uploaded file (a written objection, a judgment, a signed complaint); its bytes are in DocumentStorage. */
@Entity({ tableName: "document" })
@Index({ properties: ["creditor", "id"] })
@ObjectType("Document", {
  description:
    "Document — dokument: an uploaded PDF or image, attached to objections, conciliation cases, judgments and complaints by id.",
})
export class Document extends BaseEntity {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("Document", this.id);
  }

  /** The tenant: only keys that see this creditor see the document. */
  @ManyToOne(() => Creditor)
  creditor: Creditor;

  @Field({ description: "The file name as uploaded." })
  @Property()
  filename: string;

  @Field({ description: "The media type detected from the content (not from the file name), e.g. application/pdf." })
  @Property()
  contentType: string;

  /** Bytes */
  @Field(() => SafeIntResolver, { description: "Size in bytes." })
  @Property({ type: new BigIntType("number") })
  size: number;

  @Field({ description: "SHA-256 of the content, lowercase hex." })
  @Index()
  @Property({ length: 64 })
  sha256: string;

  @Unique()
  @Property()
  storageKey: string;

  /** Name of the API key that uploaded it. */
  @Property()
  uploadedBy: string;

  @Field({ description: "Path of the download, relative to the server: GET it with the same Authorization header." })
  get downloadUrl(): string {
    return `/documents/${this.globalId}`;
  }

  constructor(init: DocumentInit) {
    super();
    this.creditor = init.creditor;
    this.filename = init.filename;
    this.contentType = init.contentType;
    this.size = init.size;
    this.sha256 = init.sha256;
    this.storageKey = init.storageKey;
    this.uploadedBy = init.uploadedBy;
  }
}
