import { toBase64, utf8 } from '../db/crypto/encoding';

/** Where a ward's hub database is and how to get in (Settings, or set at deployment). */
export interface HubConfig {
  /** The ward database's address, e.g. https://hub.local:8443/hub/ward-cardio-3. */
  url: string;
  user: string;
  password: string;
}

export type HubErrorCode = 'unauthorized' | 'forbidden' | 'unreachable' | 'notFound' | 'server';

/** Why the hub could not be used, as a code the status says in words. */
export class HubError extends Error {
  constructor(
    readonly code: HubErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HubError';
  }
}

const codeOf = (status: number): HubErrorCode =>
  status === 401
    ? 'unauthorized'
    : status === 403
      ? 'forbidden'
      : status === 404
        ? 'notFound'
        : 'server';

/** A long pull or a big push on a slow ward Wi-Fi still ends well within this. */
const REQUEST_TIMEOUT_MS = 60_000;

export type Fetch = typeof fetch;

/**
 * Plain HTTP to one CouchDB 3 database (the embedded hub or Apache CouchDB): JSON bodies,
 * HTTP Basic. Nothing here knows which server answers.
 */
export class HubClient {
  readonly url: string;
  private readonly auth: string;

  constructor(
    config: HubConfig,
    private readonly fetcher: Fetch = (input, init) => fetch(input, init),
  ) {
    this.url = config.url.replace(/\/+$/, '');
    this.auth = `Basic ${toBase64(utf8(`${config.user}:${config.password}`))}`;
  }

  /** The JSON answer, or null for 404 when `missingOk`; a HubError otherwise. */
  async request<T>(
    method: string,
    path: string,
    body?: unknown,
    missingOk = false,
  ): Promise<T | null> {
    let response: Response;
    try {
      response = await this.fetcher(`${this.url}${path}`, {
        method,
        headers: {
          authorization: this.auth,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new HubError('unreachable', `${method} ${path}: no answer`, { cause: error });
    }
    if (response.status === 404 && missingOk) return null;
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      throw new HubError(codeOf(response.status), `${method} ${path}: ${response.status} ${text}`);
    }
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw new HubError('server', `${method} ${path}: not JSON`, { cause: error });
    }
  }

  async must<T>(method: string, path: string, body?: unknown): Promise<T> {
    const answer = await this.request<T>(method, path, body);
    if (answer === null) throw new HubError('notFound', `${method} ${path}`);
    return answer;
  }

  /** The database's info: proves the address and the credential. */
  info(): Promise<{ db_name: string; doc_count: number; update_seq: unknown }> {
    return this.must('GET', '');
  }

  getDoc<T>(id: string): Promise<T | null> {
    return this.request<T>('GET', `/${encodeURIComponent(id)}`, undefined, true);
  }

  /** A `_local` checkpoint document: never replicated, kept by this side only. */
  getLocalDoc(name: string): Promise<LocalDoc | null> {
    return this.request<LocalDoc>('GET', `/_local/${encodeURIComponent(name)}`, undefined, true);
  }

  async putLocalDoc(name: string, body: Record<string, unknown>): Promise<void> {
    const current = await this.getLocalDoc(name);
    await this.must('PUT', `/_local/${encodeURIComponent(name)}`, {
      ...body,
      ...(current?._rev ? { _rev: current._rev } : {}),
    });
  }
}

export interface LocalDoc {
  _id: string;
  _rev?: string;
  last_seq?: unknown;
}
