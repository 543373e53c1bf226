/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query StaffViewer {\n    me {\n      id\n      name\n      kind\n      staffRole\n    }\n  }\n": typeof types.StaffViewerDocument,
    "\n  mutation StaffSignOut {\n    signOut\n  }\n": typeof types.StaffSignOutDocument,
    "\n  mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.StaffAcceptInvitationDocument,
    "\n  mutation StaffSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.StaffSignInDocument,
};
const documents: Documents = {
    "\n  query StaffViewer {\n    me {\n      id\n      name\n      kind\n      staffRole\n    }\n  }\n": types.StaffViewerDocument,
    "\n  mutation StaffSignOut {\n    signOut\n  }\n": types.StaffSignOutDocument,
    "\n  mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": types.StaffAcceptInvitationDocument,
    "\n  mutation StaffSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": types.StaffSignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffViewer {\n    me {\n      id\n      name\n      kind\n      staffRole\n    }\n  }\n"): (typeof documents)["\n  query StaffViewer {\n    me {\n      id\n      name\n      kind\n      staffRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation StaffSignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;