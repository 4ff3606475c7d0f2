import type { FastifyInstance, InjectOptions } from "fastify";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** A browser-like client over app.inject: keeps the session cookie and sends the CSRF token. */
export class TestClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  constructor(readonly app: FastifyInstance) {}

  async request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const options: InjectOptions = {
      method,
      url,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== "GET" ? { "x-csrf-token": this.csrfToken } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: body as InjectOptions["payload"] } : {}),
    };
    const response = await this.app.inject(options);
    const setCookie = response.headers["set-cookie"];
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair] = line.split(";");
      if (pair?.startsWith("mutual_session=")) {
        this.cookie = pair.endsWith("=") || /expires=Thu, 01 Jan 1970/i.test(line) ? null : pair;
      }
    }
    const json = String(response.headers["content-type"] ?? "").includes("json")
      ? response.json()
      : undefined;
    if (
      json &&
      typeof json === "object" &&
      "csrfToken" in json &&
      typeof json.csrfToken === "string"
    ) {
      this.csrfToken = json.csrfToken;
    }
    return { status: response.statusCode, body: json, headers: response.headers, raw: response };
  }

  get = (url: string) => this.request("GET", url);
  post = (url: string, body?: unknown) => this.request("POST", url, body);
  patch = (url: string, body?: unknown) => this.request("PATCH", url, body);
  put = (url: string, body?: unknown) => this.request("PUT", url, body);
  delete = (url: string) => this.request("DELETE", url);

  async signIn(email: string, password: string, organization?: string) {
    const response = await this.post("/api/auth/sign-in", { email, password, organization });
    if (response.status !== 200) {
      throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response;
  }
}
