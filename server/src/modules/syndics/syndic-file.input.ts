import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'R-REQ-10: um arquivo dos síndicos, do empreendimento (todos os síndicos dele) ou de um síndico.' })
export class AddSyndicFileInput {
  @Field(() => ID, { nullable: true, description: 'Para todos os síndicos deste empreendimento (informe este ou syndicId).' })
  developmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Só para este síndico.' })
  syndicId?: string | null;

  @Field(() => ID, { description: 'O id devolvido pelo envio (POST /files, finalidade SYNDIC_FILE).' })
  fileId!: string;

  @Field(() => String, { nullable: true, description: 'Como o síndico vê o arquivo; sem ele, o nome do arquivo.' })
  name?: string | null;
}
