/** A JSON value: node and edge properties (the schema's JSON scalar). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
