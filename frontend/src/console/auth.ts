import Keycloak from 'keycloak-js';

/** Keycloak's address as browsers reach it; set VITE_TSUNAGU_KEYCLOAK_URL at build time elsewhere. */
const KEYCLOAK_URL: string = import.meta.env.VITE_TSUNAGU_KEYCLOAK_URL ?? 'http://localhost:8180';

/** Renew the access token when it has less than this many seconds left. */
const MIN_VALIDITY_SECONDS = 30;

/** The staff member's Keycloak session: login with code + PKCE, and a token that is renewed before use. */
export class StaffAuth {
  private readonly keycloak = new Keycloak({ url: KEYCLOAK_URL, realm: 'tsunagu', clientId: 'tsunagu-console' });

  /** Sends the browser to Keycloak's login page unless a session exists; resolves once logged in. */
  async login(): Promise<void> {
    this.keycloak.onTokenExpired = () => {
      void this.token().catch(() => undefined);
    };
    // The session iframe needs third-party cookies, which browsers block; the token refresh is enough.
    await this.keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  }

  /** A token valid for at least MIN_VALIDITY_SECONDS; back to the login page when the session has ended. */
  async token(): Promise<string> {
    try {
      await this.keycloak.updateToken(MIN_VALIDITY_SECONDS);
    } catch (error) {
      await this.keycloak.login();
      throw error;
    }
    const token = this.keycloak.token;
    if (!token) {
      throw new Error('no access token after login');
    }
    return token;
  }

  /** The token held right now, without renewing it: for the last request of a closing page. */
  currentToken(): string | null {
    return this.keycloak.token ?? null;
  }

  /** The realm roles of the logged-in user. */
  roles(): string[] {
    return this.keycloak.tokenParsed?.realm_access?.roles ?? [];
  }

  logout(): Promise<void> {
    return this.keycloak.logout({ redirectUri: location.href });
  }
}
