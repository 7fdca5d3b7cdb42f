export interface ElectronBinaryStatus {
  available: boolean;
  path?: string;
  reason?: string;
}
export function electronBinaryStatus(options?: { env?: Record<string, string | undefined>; projectRoot?: string }): ElectronBinaryStatus;
