/// <reference types="vite-plugin-pwa/client" />
/// <reference types="vite/client" />
declare const __BUILD_ID__: string;
