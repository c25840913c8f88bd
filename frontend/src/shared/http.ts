/** RFC 9457 problem details, as every part answers errors. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  violations?: { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  /** The slug of the problem type (`offer-not-pending`), or null when the answer was not a problem. */
  get slug(): string | null {
    return this.problem?.type?.split('/').pop() ?? null;
  }
}

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** One JSON call: the parsed answer, undefined for an empty one, an ApiError for anything but 2xx. */
export async function callJson<T>(url: string, options: CallOptions = {}, fetchFn: Fetch = fetch): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  const init: RequestInit = { method: options.method ?? 'GET', headers };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  const response = await fetchFn(url, init);
  const text = await response.text();
  if (!response.ok) {
    throw new ApiError(response.status, parseProblem(text));
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

function parseProblem(text: string): Problem | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Problem) : null;
  } catch {
    // A proxy's HTML error page, for instance: the status alone says what happened.
    return null;
  }
}
