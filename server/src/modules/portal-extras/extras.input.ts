import { Field, ID, InputType } from 'type-graphql';
import { PendingDocumentationKind } from './pending-documentation.entity.js';

@InputType({ description: 'Cria (sem id, com o portal e a imagem) ou altera um banner da página inicial do cliente.' })
export class BannerInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => ID, { nullable: true, description: 'Obrigatório ao criar.' }) portalId?: string | null;
  @Field(() => String, { nullable: true, description: 'O texto alternativo da imagem; obrigatório ao criar.' }) title?: string;
  @Field(() => ID, { nullable: true, description: 'Uma imagem enviada em POST /files (tipo BANNER_IMAGE); obrigatória ao criar; ao alterar, troca a imagem.' }) imageFileId?: string | null;
  @Field(() => String, { nullable: true, description: 'https://…; vazio: sem link.' }) link?: string | null;
  @Field(() => String, { nullable: true, description: 'AAAA-MM-DD; vazio: desde já.' }) startsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'AAAA-MM-DD; vazio: sem fim.' }) endsOn?: string | null;
  @Field(() => [ID], { nullable: true, description: 'O público: empreendimentos do portal; lista vazia: todos os clientes do portal.' }) developmentIds?: string[] | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@InputType({ description: 'Cria (sem id, com o portal) ou altera um benefício do Portal de benefícios.' })
export class BenefitInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => ID, { nullable: true, description: 'Obrigatório ao criar.' }) portalId?: string | null;
  @Field(() => String, { nullable: true }) partner?: string;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => String, { nullable: true }) discount?: string | null;
  @Field(() => String, { nullable: true, description: 'https://…' }) link?: string | null;
  @Field(() => String, { nullable: true }) coupon?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@InputType({ description: 'Indique um amigo: quem é o amigo e como falar com ele, com a confirmação de que ele aceita o contato (LGPD).' })
export class ReferFriendInput {
  @Field(() => String) friendName!: string;
  @Field(() => String, { nullable: true, description: 'Com DDD; telefone ou e-mail (ou os dois).' }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => ID, { nullable: true, description: 'O empreendimento de interesse (um dos do portal).' }) developmentId?: string | null;
  @Field(() => String, { nullable: true, description: 'Um recado para a incorporadora.' }) note?: string | null;
  @Field(() => Boolean, { description: 'O amigo concordou em ser contatado pela incorporadora: obrigatório (LGPD).' }) consent!: boolean;
}

@InputType({ description: 'Um documento pendente de uma proposta ou pré-cadastro do cliente num empreendimento.' })
export class AddPendingDocumentationInput {
  @Field(() => ID) customerId!: string;
  @Field(() => ID) developmentId!: string;
  @Field(() => PendingDocumentationKind) kind!: PendingDocumentationKind;
  @Field(() => String) description!: string;
}
