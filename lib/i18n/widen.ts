/** The shape of a dictionary with every string literal widened to string (for other languages). */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
