import {
  defaultFieldResolver,
  GraphQLEnumType,
  GraphQLScalarType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { BadInputError } from '../domain-errors.js';
import { aboutField } from '../field-labels.js';
import { FIRST_YEAR, LAST_YEAR } from '../input/calendar-date.js';
import { PAGE_SIZE, PAGE_SIZE_MESSAGE } from './connection.js';

/**
 * Hostile input never reaches the services, let alone PostgreSQL (issue 8): before any field
 * runs, its arguments — at any depth of inputs and lists — are checked against limits that hold
 * everywhere. Strings carry no control characters (newline and tab aside) and have a length;
 * ids are UUIDs; integers and lists have ranges; moments fall in plausible years. Each refusal is
 * BAD_USER_INPUT whose message names the field by its label ("Descrição: texto longo demais…",
 * field-labels.ts) and whose `extensions.field` is its path (`description`, `changes.0.value`). The services still
 * check what is particular to each field (formats, CPF digits, closed sets).
 */

/** Control characters except tab (\t), line feed (\n) and carriage return (\r, as in \r\n). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The longest string any argument may be; particular fields set their own (shorter) limits. */
export const MAX_STRING = 10_000;
/** Strings whose limit differs from MAX_STRING, by argument or input-field name. */
const STRING_LIMITS: Record<string, number> = { password: 1_000, newPassword: 1_000, currentPassword: 1_000, token: 500, after: 500, search: 200, hostname: 253, email: 320, login: 320 };

/** Integer ranges by argument or input-field name (and a message of their own, which names the field); any other integer must lie in DEFAULT_INT. */
const INT_RANGES: Record<string, [number, number, string?]> = {
  first: [PAGE_SIZE.min, PAGE_SIZE.max, PAGE_SIZE_MESSAGE],
  validationDays: [0, 3650],
  finishedAssistanceSla: [0, 3650 * 24],
  position: [0, 10_000],
  seenVersion: [0, 2_147_483_647],
};
const DEFAULT_INT: [number, number] = [0, 1_000_000];

/** The most elements a list argument may have. */
export const MAX_LIST = 500;
/** Lists whose limit differs, by argument or input-field name: an ERP batch's rows (R-SYNC-2). */
const LIST_LIMITS: Record<string, number> = { rows: 5_000 };

/** A refusal of the value at `path`. */
function refuse(path: string[], message: string): never {
  throw new BadInputError(path.join('.'), message);
}

/**
 * `path` is where the value sits (pushed and popped on the way down: a batch of 5,000 rows is
 * walked without a copy per value), `name` the nearest field or argument name on it; the path is
 * joined only for a refusal.
 */
function check(value: unknown, type: GraphQLInputType, path: string[], name: string): void {
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const list = value as unknown[];
    const most = LIST_LIMITS[name] ?? MAX_LIST;
    if (list.length > most) {
      const field = path.join('.');
      throw new BadInputError(field, aboutField(field, `no máximo ${most.toLocaleString('pt-BR')} itens.`));
    }
    for (let i = 0; i < list.length; i++) {
      path.push(String(i));
      check(list[i], inner.ofType as GraphQLInputType, path, name);
      path.pop();
    }
    return;
  }
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    for (const fieldName in fields) {
      path.push(fieldName);
      check((value as Record<string, unknown>)[fieldName], fields[fieldName]!.type, path, fieldName);
      path.pop();
    }
    return;
  }
  if (inner instanceof GraphQLEnumType) return;
  switch ((inner as GraphQLScalarType).name) {
    case 'String':
    case 'ID': {
      const text = String(value);
      if (CONTROL.test(text)) refuse(path, aboutField(path.join('.'), 'o texto contém caracteres invisíveis de controle; apague-os e digite de novo.'));
      const max = STRING_LIMITS[name] ?? MAX_STRING;
      if (text.length > max) refuse(path, aboutField(path.join('.'), `texto longo demais (no máximo ${max.toLocaleString('pt-BR')} caracteres).`));
      if ((inner as GraphQLScalarType).name === 'ID' && !UUID.test(text)) refuse(path, aboutField(path.join('.'), 'identificador em formato inválido.'));
      return;
    }
    case 'Int': {
      const [min, max, message] = INT_RANGES[name] ?? DEFAULT_INT;
      if ((value as number) < min || (value as number) > max) refuse(path, message ?? aboutField(path.join('.'), `informe um número de ${min.toLocaleString('pt-BR')} a ${max.toLocaleString('pt-BR')}.`));
      return;
    }
    case 'DateTimeISO': {
      const year = (value as Date).getUTCFullYear();
      if (Number.isNaN(year) || year < FIRST_YEAR || year > LAST_YEAR) refuse(path, aboutField(path.join('.'), `informe uma data entre ${FIRST_YEAR} e ${LAST_YEAR}.`));
      return;
    }
    default:
      return;
  }
}

/** Checks a field's arguments; the fields of the `input` argument are named alone (`description`, not `input.description`), as the services name them. */
export function checkArguments(args: readonly GraphQLArgument[], values: Record<string, unknown>): void {
  for (const arg of args) check(values[arg.name], arg.type, arg.name === 'input' ? [] : [arg.name], arg.name === 'input' ? '' : arg.name);
}

/** Wraps every field that takes arguments (queries, mutations, subscriptions and nested fields) so they are checked before the field runs (after its access policy: see schema.ts). */
export function guardInput(schema: GraphQLSchema): GraphQLSchema {
  const subscription = schema.getSubscriptionType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const key = type === subscription ? 'subscribe' : 'resolve';
      const inner: GraphQLFieldResolver<unknown, unknown> = field[key] ?? defaultFieldResolver;
      field[key] = (source, args, ctx, info) => {
        checkArguments(field.args, args as Record<string, unknown>);
        return inner(source, args, ctx, info);
      };
    }
  }
  return schema;
}
