import { ClientError } from 'graphql-request';

/** The first GraphQL error of a call that must fail (code and message). */
export async function graphqlError(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ClientError) {
      const first = error.response.errors?.[0];
      return { code: String(first?.extensions?.['code']), message: first?.message ?? '' };
    }
    throw error;
  }
  throw new Error('expected the call to fail');
}
