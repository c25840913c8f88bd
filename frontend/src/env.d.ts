/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Keycloak's base URL as the staff member's browser reaches it (default http://localhost:8180). */
  readonly VITE_TSUNAGU_KEYCLOAK_URL?: string;
}
