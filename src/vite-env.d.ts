/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

declare const __APP_VERSION__: string;

interface ImportMetaEnv {
  /** The ward hub's address set at deployment (docs/hub.md): prefilled on the tablets. */
  readonly VITE_HUB_URL?: string;
}
