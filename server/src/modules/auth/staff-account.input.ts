import { Field, InputType } from 'type-graphql';
import { StaffPermission, StaffRole } from './account.enums.js';

@InputType({ description: 'Novo membro da equipe; recebe um convite por e-mail.' })
export class CreateStaffAccountInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field(() => [StaffPermission], { defaultValue: [] })
  permissions!: StaffPermission[];

  @Field(() => Date, { nullable: true, description: 'Depois desta data o acesso deixa de funcionar.' })
  expiresAt?: Date | null;
}
