import { describe, expect, it } from 'vitest';
import { ApiError, type Fetch, callJson } from '../src/shared/http';

const URL = 'http://localhost:8080/api/matching/requests';

function answering(status: number, body: string, seen: RequestInit[] = []): Fetch {
  return async (_url, init) => {
    seen.push(init);
    return new Response(status === 204 ? null : body, { status });
  };
}

/** The ApiError a call ends with; a call that succeeds fails the test. */
async function failure(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiError) {
      return error;
    }
    throw error;
  }
  throw new Error('the call was expected to fail');
}

describe('callJson', () => {
  it('sends a JSON body and reads a JSON answer', async () => {
    const seen: RequestInit[] = [];
    const answer = await callJson<{ id: string }>(URL, { method: 'POST', body: { language: 'ja' }, headers: { 'Shopper-Ticket': 't' } },
      answering(201, '{"id":"r-1"}', seen));
    expect(answer).toEqual({ id: 'r-1' });
    expect(seen[0].method).toBe('POST');
    expect(seen[0].body).toBe('{"language":"ja"}');
    expect(seen[0].headers).toMatchObject({ 'Content-Type': 'application/json', 'Shopper-Ticket': 't' });
  });

  it('reads an empty answer as undefined', async () => {
    expect(await callJson(URL, { method: 'DELETE' }, answering(204, ''))).toBeUndefined();
  });

  it('turns a problem into an ApiError with its status, detail and slug', async () => {
    const problem = { type: 'https://tsunagu.io/problems/offer-not-pending', title: 'Conflict', status: 409, detail: 'The offer has expired' };
    const error = await failure(callJson(URL, {}, answering(409, JSON.stringify(problem))));
    expect(error.status).toBe(409);
    expect(error.slug).toBe('offer-not-pending');
    expect(error.message).toBe('The offer has expired');
  });

  it('survives an error page that is not JSON', async () => {
    const error = await failure(callJson(URL, {}, answering(502, '<html>Bad Gateway</html>')));
    expect(error.status).toBe(502);
    expect(error.slug).toBeNull();
    expect(error.message).toBe('HTTP 502');
  });
});
