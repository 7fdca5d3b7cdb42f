export const INSTALL_TIMEOUT_MS: number;
export function summarizeInstallFailure(result: { stderr?: string; code?: number | null; timedOut?: boolean }): string;
export function runElectronInstall(options?: { projectRoot?: string; timeoutMs?: number }): Promise<{ ok: boolean; reason?: string }>;
