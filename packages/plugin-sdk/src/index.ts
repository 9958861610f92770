export * from "./port";
