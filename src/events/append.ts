/**
 * A sink that runs inside the statement that appends a command's events (event.store.ts): SQL over the CTEs
 * `appended` (the events just written, columns EVENT_COLUMNS) and `prior` (one row, `after`: the last event id drawn
 * before them, see appendEventsSql). `ctes` are `name as (...)` entries; `result` is a scalar expression that refers
 * to them (PostgreSQL runs a plain CTE only when something refers to it).
 */
export interface SqlEventSink {
  kind: "sql";
  name: string;
  ctes: string;
  result: string;
}
