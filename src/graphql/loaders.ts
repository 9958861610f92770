import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { EntityClass } from "@mikro-orm/core";
import { RowReader, type Lean } from "./fast/lean";

/**
 * A DataLoader that also remembers what it has loaded: `get` answers synchronously once a value is in, so a field
 * resolver over prefetched rows returns a value instead of a promise (no promise per field, no per-object wait).
 */
export class Batched<K, V> {
  private readonly values = new Map<K, V>();
  private readonly loader: DataLoader<K, V>;

  constructor(private readonly batch: (keys: readonly K[]) => Promise<V[]>) {
    this.loader = new DataLoader<K, V>(async (keys) => {
      const values = await batch(keys);
      keys.forEach((key, i) => this.values.set(key, values[i]!));
      return values;
    });
  }

  load(key: K): Promise<V> {
    return this.loader.load(key);
  }

  /** One batch for the keys not loaded yet (e.g. a page's rows, before its fields resolve). */
  async prime(keys: readonly K[]): Promise<void> {
    const missing = [...new Set(keys.filter((k) => !this.values.has(k)))];
    if (missing.length === 0) return;
    const values = await this.batch(missing);
    missing.forEach((key, i) => {
      this.values.set(key, values[i]!);
      this.loader.prime(key, values[i]!);
    });
  }

  /** The value when already loaded in this request, else a promise of it. */
  get(key: K): V | Promise<V> {
    return this.values.has(key) ? this.values.get(key)! : this.loader.load(key);
  }
}

/**
 * Per-request batching: one SQL statement per entity type per tick, whatever the page size. Rows are read-only
 * (`Lean`, src/graphql/fast/lean.ts): unmanaged instances when fast paths are on, for resolvers to read from.
 */
export class Loaders {
  private readonly byId = new Map<EntityClass<object>, Batched<number, object | undefined>>();
  private readonly custom = new Map<string, unknown>();
  /** Whole-row reads: lean, or the ORM's when fast paths are off. */
  readonly rows: RowReader;

  constructor(
    readonly em: EntityManager,
    fastPaths: boolean,
  ) {
    this.rows = new RowReader(em, fastPaths);
  }

  of<T extends { id: number }>(entity: EntityClass<T>): Batched<number, Lean<T> | undefined> {
    let loader = this.byId.get(entity as EntityClass<object>);
    if (!loader) {
      const byIds = this.rows.byIds(entity);
      loader = new Batched<number, object | undefined>(async (ids) => {
        const map = new Map<number, object>((await byIds(ids)).map((r) => [(r as { id: number }).id, r]));
        return ids.map((id) => map.get(id));
      });
      this.byId.set(entity as EntityClass<object>, loader);
    }
    return loader as Batched<number, Lean<T> | undefined>;
  }

  load<T extends { id: number }>(entity: EntityClass<T>, id: number): Promise<Lean<T> | undefined> {
    return this.of(entity).load(id);
  }

  /** The row when already loaded in this request, else a promise of it. */
  get<T extends { id: number }>(
    entity: EntityClass<T>,
    id: number,
  ): Lean<T> | undefined | Promise<Lean<T> | undefined> {
    return this.of(entity).get(id);
  }

  /** A named loader made once per request by `make`. */
  named<K, V>(name: string, make: (em: EntityManager) => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.custom.get(name);
    if (!loader) {
      loader = make(this.em);
      this.custom.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** A named Batched loader made once per request from `batch`. */
  batched<K, V>(name: string, batch: (em: EntityManager, keys: readonly K[]) => Promise<V[]>): Batched<K, V> {
    let loader = this.custom.get(name);
    if (!loader) {
      loader = new Batched<K, V>((keys) => batch(this.em, keys));
      this.custom.set(name, loader);
    }
    return loader as Batched<K, V>;
  }
}

/** `fastPaths`: Config.fastPaths (FAST_PATHS). */
export function createLoaders(em: EntityManager, fastPaths: boolean): Loaders {
  return new Loaders(em, fastPaths);
}
