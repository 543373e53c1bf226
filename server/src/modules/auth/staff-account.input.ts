import { Field, ID, InputType } from 'type-graphql';
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

  @Field(() => [ID], { defaultValue: [], description: 'R-OPS-4: limitado a estes empreendimentos (vazio: todos).' })
  developmentIds!: string[];
}

@InputType({ description: 'Alterar papel, permissões, validade ou empreendimentos de um membro da equipe (R-OPS-4).' })
export class UpdateStaffAccountInput {
  @Field(() => ID) id!: string;
  @Field(() => StaffRole, { nullable: true }) role?: StaffRole;
  @Field(() => [StaffPermission], { nullable: true }) permissions?: StaffPermission[];
  @Field(() => Date, { nullable: true, description: 'Vazio: sem validade.' }) expiresAt?: Date | null;
  @Field(() => [ID], { nullable: true, description: 'Vazio: todos os empreendimentos.' }) developmentIds?: string[];
}
