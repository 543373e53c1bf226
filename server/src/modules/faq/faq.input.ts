import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Cria (sem id, com o portal) ou altera uma categoria das perguntas frequentes.' })
export class FaqCategoryInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => ID, { nullable: true, description: 'Obrigatório ao criar.' }) portalId?: string | null;
  @Field(() => String, { nullable: true, description: 'Obrigatório ao criar.' }) name?: string;
  @Field(() => Int, { nullable: true }) position?: number;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@InputType({ description: 'Cria (sem id, com a categoria) ou altera uma pergunta frequente.' })
export class FaqEntryInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => ID, { nullable: true, description: 'Obrigatória ao criar; ao alterar, move a pergunta para outra categoria do mesmo portal.' }) categoryId?: string | null;
  @Field(() => String, { nullable: true, description: 'Obrigatória ao criar.' }) question?: string;
  @Field(() => String, { nullable: true, description: 'Obrigatória ao criar.' }) answer?: string;
  @Field(() => Int, { nullable: true }) position?: number;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}
