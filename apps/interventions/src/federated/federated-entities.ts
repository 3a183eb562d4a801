import { Directive, Field, ObjectType } from 'type-graphql';

/** The directory's `Organisation`, referred to by code; this subgraph adds `interventions`. */
@ObjectType()
@Directive('@key(fields: "code")')
export class Organisation {
  @Field(() => String)
  code!: string;
}

/** The directory's `District`, referred to by code; this subgraph adds `interventions`. */
@ObjectType()
@Directive('@key(fields: "code")')
export class District {
  @Field(() => String)
  code!: string;
}

/** The situation subgraph's `Indicator`, referred to by key; this subgraph adds `interventions`. */
@ObjectType()
@Directive('@key(fields: "key")')
export class Indicator {
  @Field(() => String)
  key!: string;
}

/** The directory's `Person`, referred to by account name. */
@ObjectType()
@Directive('@key(fields: "username", resolvable: false)')
export class Person {
  @Field(() => String)
  username!: string;
}

export const organisationRef = (code: string): Organisation => ({ code });
export const districtRef = (code: string): District => ({ code });
export const indicatorRef = (key: string): Indicator => ({ key });
export const personRef = (username: string): Person => ({ username });
