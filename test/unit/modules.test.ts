import { GraphQLObjectType } from "graphql";
import { buildAppSchema } from "../../src/graphql/schema";
import { entities, modules, nodeTypes } from "../../src/app/modules";

describe("the module list", () => {
  it("registers every type that implements Node for node(id:), with an entity the ORM knows", async () => {
    const schema = await buildAppSchema();
    const nodeTypeNames = Object.values(schema.getTypeMap())
      .filter((t): t is GraphQLObjectType => t instanceof GraphQLObjectType)
      .filter((t) => t.getInterfaces().some((i) => i.name === "Node"))
      .map((t) => t.name)
      .sort();
    expect([...nodeTypes.keys()].sort()).toEqual(nodeTypeNames);
    for (const t of nodeTypes.values()) expect(entities).toContain(t.entity);
  });

  it("names each module once and lists each entity and resolver once", () => {
    const once = (xs: readonly unknown[]) => expect(new Set(xs).size).toBe(xs.length);
    once(modules.map((m) => m.name));
    once(entities);
    once(modules.flatMap((m) => m.resolvers));
  });
});
