/** The range of every money amount tvist takes or keeps, per item and per sum: 1 øre to 10^12 øre (10 000 000 000 kr). */
export const MONEY_MIN = 1;
export const MONEY_MAX = 1_000_000_000_000;
