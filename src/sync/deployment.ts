/**
 * The hub address a deployment builds in (`VITE_HUB_URL=... npm run build`, docs/hub.md):
 * prefilled in the first run's "join through the hub" and in Settings. Empty when unset.
 */
export const deploymentHubUrl = (): string => import.meta.env.VITE_HUB_URL?.trim() ?? '';
