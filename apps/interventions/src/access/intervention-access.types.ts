import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum ChangeRefusalReason {
  READ_ONLY_ROLE = 'READ_ONLY_ROLE',
  OTHER_ORGANISATION = 'OTHER_ORGANISATION',
}

registerEnumType(ChangeRefusalReason, {
  name: 'ChangeRefusalReason',
  description: 'Why the signed-in person may not change an intervention.',
  valuesConfig: {
    READ_ONLY_ROLE: { description: 'Their role only reads (analysts, administrators).' },
    OTHER_ORGANISATION: {
      description: 'Their organisation neither owns nor co-owns it.',
    },
  },
});

@ObjectType({
  description:
    'What the signed-in person may do with an intervention, by the same rules the changes are checked with.',
})
export class InterventionAccess {
  @Field(() => Boolean, {
    description: 'May change it: edit, set status, report progress, add and complete milestones.',
  })
  mayChange!: boolean;

  @Field(() => Boolean, { description: 'May assign its owner and co-owners (leadership).' })
  mayReassign!: boolean;

  @Field(() => ChangeRefusalReason, { nullable: true, description: 'Why not, when not.' })
  refusal!: ChangeRefusalReason | null;
}
