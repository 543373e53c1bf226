import { isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aboutField, fieldLabel, hasFieldLabel } from '../../field-labels.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { StaffRole, World } from '../../test/world.js';
import { createSchema } from '../schema.js';

let schema: GraphQLSchema;
let server: TestServer;
beforeAll(async () => {
  schema = await createSchema();
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** Every argument and input-field name of the schema. */
function inputNames(s: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  for (const type of Object.values(s.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) for (const field of Object.values(type.getFields())) for (const arg of field.args) names.add(arg.name);
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) names.add(field.name);
  }
  return names;
}

/** The refusal of one request: its message and its `extensions`. */
async function refusal(client: { request(query: string, variables?: Record<string, unknown>): Promise<{ errors?: { message: string; extensions?: Record<string, unknown> }[] }> }, query: string, variables?: Record<string, unknown>) {
  const result = await client.request(query, variables);
  expect(result.errors, query).toHaveLength(1);
  return result.errors![0]!;
}

describe('STYLE "Words": a validation message names the field by its label; extensions.field keeps the machine name', () => {
  it('every argument and input field of the schema has a label', () => {
    expect([...inputNames(schema)].filter((name) => !hasFieldLabel(name)).sort()).toEqual([]);
  });

  it('labels of paths as errors name them: input fields, list items, registration fields', () => {
    expect(fieldLabel('email')).toBe('E-mail');
    expect(fieldLabel('developmentIds.0')).toBe('Empreendimentos');
    expect(fieldLabel('changes.phone')).toBe('Telefone');
    expect(fieldLabel('changes.custom.capital_social')).toBe('Campo personalizado');
    expect(fieldLabel('changes.0.value')).toBe('Valor');
    expect(fieldLabel('showContracts')).toBe('Exibir contratos');
    expect(fieldLabel('nada')).toBeUndefined();
    expect(aboutField('description', 'Informe um texto.')).toBe('Descrição: informe um texto.');
    expect(aboutField('postalCode', 'CEP com 8 dígitos.')).toBe('CEP: CEP com 8 dígitos.');
    expect(aboutField('nada', 'valor inválido.')).toBe('Valor inválido.');
  });

  it('the input guard: a text too long, an id in the wrong format', async () => {
    const world = await World.create(server);
    const { client } = await world.staff(StaffRole.ADMIN);
    const long = await refusal(client, `mutation($id: ID!) { updatePortalSettings(portalId: $id, input: { loginText1: "${'x'.repeat(10_001)}" }) { id } }`, { id: world.portal.id });
    expect(long).toMatchObject({ message: 'Texto 1: texto longo demais (no máximo 10.000 caracteres).', extensions: { code: 'BAD_USER_INPUT', field: 'loginText1' } });
    const id = await refusal(client, `{ unit(id: "nao-e-um-id") { id } }`);
    expect(id).toMatchObject({ message: 'Registro: identificador em formato inválido.', extensions: { field: 'id' } });
  });

  it('graphql\'s own refusals of variables: a required field missing, a value not among the options, a number that is not one', async () => {
    const world = await World.create(server);
    const { client } = await world.staff(StaffRole.ADMIN);
    const CREATE = `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`;
    expect(await refusal(client, CREATE, { input: { name: 'Fulano', role: 'AGENT' } }))
      .toMatchObject({ message: 'O campo "E-mail" é obrigatório.', extensions: { code: 'BAD_USER_INPUT', field: 'email' } });
    expect(await refusal(client, CREATE, { input: { name: null, email: 'f@equipe.dev', role: 'AGENT' } }))
      .toMatchObject({ message: 'O campo "Nome" é obrigatório.', extensions: { field: 'name' } });
    expect(await refusal(client, CREATE, { input: { name: 'Fulano', email: 'f@equipe.dev', role: 'CHEFE' } }))
      .toMatchObject({ message: 'Papel: o valor "CHEFE" não é uma das opções.', extensions: { field: 'role' } });
    // A number where the API takes text (an ERP sending a value in reais as 1234.56): how to send it.
    expect(await refusal(client, CREATE, { input: { name: 1234.56, email: 'f@equipe.dev', role: 'AGENT' } }))
      .toMatchObject({ message: 'Nome: informe um texto, entre aspas (um valor em reais também vai como texto: "1234.56").', extensions: { field: 'name' } });
    expect(await refusal(client, CREATE, { input: { name: true, email: 'f@equipe.dev', role: 'AGENT' } }))
      .toMatchObject({ message: 'Nome: informe um texto.', extensions: { field: 'name' } });
    const sla = await refusal(client, `mutation($id: ID!, $input: PortalSettingsInput!) { updatePortalSettings(portalId: $id, input: $input) { id } }`, { id: world.portal.id, input: { finishedAssistanceSla: 'dois' } });
    expect(sla).toMatchObject({ message: 'SLA da exibição de assistência finalizada: informe um número inteiro.', extensions: { field: 'finishedAssistanceSla' } });
    const missingVariable = await refusal(client, `mutation($id: ID!) { setPortalActive(portalId: $id, active: true) { id } }`);
    expect(missingVariable).toMatchObject({ message: 'O campo "Registro" é obrigatório.', extensions: { field: 'id' } });
    for (const error of [sla, missingVariable]) expect(error.message).not.toMatch(/PortalSettingsInput|ID!|Int|finishedAssistanceSla\b/);
  });

  it('R-DATA-1: a registration field that cannot change is named by its label, and a made-up name is not repeated back', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const client = await ana.client();
    const REQUEST = `mutation($c: [FieldValueInput!]!) { requestDataChange(changes: $c) { id } }`;
    expect(await refusal(client, REQUEST, { c: [{ field: 'document', value: '52998224725' }] }))
      .toMatchObject({ message: 'O CPF/CNPJ não pode ser alterado pelo portal: fale com a incorporadora.', extensions: { field: 'changes.document' } });
    const madeUp = await refusal(client, REQUEST, { c: [{ field: 'custom.inexistente', value: '1' }] });
    expect(madeUp).toMatchObject({ message: 'Este campo não existe no cadastro ou não pode ser alterado.', extensions: { field: 'changes.custom.inexistente' } });
    expect(madeUp.message).not.toContain('inexistente');
  });
});
