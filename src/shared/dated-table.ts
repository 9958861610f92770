/** A value that changes by law on given dates: each row applies from validFrom until the next row. */
export interface DatedRow {
  validFrom: string;
}

export function rowOn<R extends DatedRow>(table: readonly R[], date: string): R {
  let found: R | undefined;
  for (const row of table) if (row.validFrom <= date && (!found || row.validFrom > found.validFrom)) found = row;
  if (!found)
    throw new Error(`No row in force on ${date}; the table starts ${table.map((r) => r.validFrom).sort()[0]}`);
  return found;
}
