/** The same keys as the Vietnamese dictionary, every value a string. */
export type Dictionary<T> = { [K in keyof T]: T[K] extends string ? string : Dictionary<T[K]> }
