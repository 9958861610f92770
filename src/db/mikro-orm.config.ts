import { ormConfig } from "./orm";

/** For the MikroORM CLI: DATABASE_URL must point at a server. */
export default ormConfig(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:54329/tvist");
