import { type APIRequestContext, type APIResponse, request } from 'playwright-core';
import { inject } from 'vitest';
import { DEMO_PASSWORD } from '../pages/LoginPage.js';

/**
 * The JSON API as one signed-in person, for setting up state fast. What a test asserts goes through the browser;
 * this only prepares what the test is not about.
 */
export class ApiSession {
  private constructor(
    private readonly http: APIRequestContext,
    private readonly csrfToken: string,
  ) {}

  /** Signs in without a browser. */
  static async login(email: string, password = DEMO_PASSWORD): Promise<ApiSession> {
    const http = await request.newContext({ baseURL: inject('baseURL') });
    const answer = await http.post('/api/auth/login', { data: { email, password } });
    const session = await ApiSession.json<{ csrfToken: string }>(answer, `log in as ${email}`);
    return new ApiSession(http, session.csrfToken);
  }

  private static async json<T>(answer: APIResponse, what: string): Promise<T> {
    if (!answer.ok()) throw new Error(`Could not ${what}: ${answer.status()} ${await answer.text()}`);
    return (await answer.json()) as T;
  }

  get<T>(url: string): Promise<T> {
    return this.http.get(url).then((answer) => ApiSession.json<T>(answer, `GET ${url}`));
  }

  post<T>(url: string, body: unknown = {}): Promise<T> {
    return this.send<T>('POST', url, body);
  }

  put<T>(url: string, body: unknown): Promise<T> {
    return this.send<T>('PUT', url, body);
  }

  private async send<T>(method: 'POST' | 'PUT', url: string, body: unknown): Promise<T> {
    const answer = await this.http.fetch(url, {
      method,
      data: body,
      headers: { 'x-csrf-token': this.csrfToken },
    });
    return ApiSession.json<T>(answer, `${method} ${url}`);
  }

  dispose(): Promise<void> {
    return this.http.dispose();
  }
}
