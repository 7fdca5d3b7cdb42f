// The machine a benchmark ran on: figures mean little without it (docs/performance.md).
import os from 'node:os';

export function machineInfo(chromiumVersion) {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** A warning when other work competes for the CPU (1-minute load above half the cores), else null. */
export function busyWarning(loadAverage1m, cores) {
  if (!(loadAverage1m > cores / 2)) return null;
  return `The machine is busy (load ${loadAverage1m.toFixed(2)} on ${cores} cores): figures will be slower and noisier than on a quiet machine.`;
}
