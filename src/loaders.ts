import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { EntityClass } from "@mikro-orm/core";

/** Per-request batching: one SQL statement per entity type per tick, whatever the page size. */
export class Loaders {
  private readonly byId = new Map<EntityClass<object>, DataLoader<number, object | undefined>>();
  private readonly custom = new Map<string, DataLoader<unknown, unknown>>();

  constructor(readonly em: EntityManager) {}

  load<T extends { id: number }>(entity: EntityClass<T>, id: number): Promise<T | undefined> {
    let loader = this.byId.get(entity as EntityClass<object>);
    if (!loader) {
      loader = new DataLoader<number, object | undefined>(async (ids) => {
        const rows = await this.em.find(entity, { id: { $in: [...ids] } } as never);
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id));
      });
      this.byId.set(entity as EntityClass<object>, loader);
    }
    return loader.load(id) as Promise<T | undefined>;
  }

  /** A named loader made once per request by `make`. */
  named<K, V>(name: string, make: (em: EntityManager) => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.custom.get(name);
    if (!loader) {
      loader = make(this.em) as DataLoader<unknown, unknown>;
      this.custom.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

export function createLoaders(em: EntityManager): Loaders {
  return new Loaders(em);
}
