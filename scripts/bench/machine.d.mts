export interface MachineInfo {
  os: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  loadAverage: number[];
}
export function machineInfo(chromiumVersion: string): MachineInfo;
export function busyWarning(loadAverage1m: number, cores: number): string | null;
