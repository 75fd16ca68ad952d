import { cpus } from 'node:os';

/** What one turn took, in milliseconds. */
export interface TurnTiming {
  /** Request sent → reply received. */
  readonly latencyMs: number;
  /** Request sent → the server's HTTP answer. */
  readonly ackMs: number;
}

/** What one phase of turns saw. */
export interface LoadResult {
  readonly turns: number;
  readonly elapsedMs: number;
  readonly latenciesMs: readonly number[];
  readonly acksMs: readonly number[];
  /** CPU this process (driver and server alike) spent per turn. */
  readonly processCpuMsPerTurn: number;
  /** How busy the whole machine was meanwhile, all processes: others' load shows here. */
  readonly machineBusyPct: number;
}

/** One client's turn number `seq` (0-based, counted per client across phases). */
export type TurnFn = (client: number, seq: number) => Promise<TurnTiming>;

/**
 * Clients that each start their next turn only once their previous one was answered (a
 * closed loop); phases run one after another and each client's turn count carries on.
 */
export class ClosedLoop {
  private readonly seqs: number[] = [];

  constructor(private readonly turn: TurnFn) {}

  /** Runs `total` turns spread over `clients` concurrent clients. */
  async run(clients: number, total: number): Promise<LoadResult> {
    const latenciesMs: number[] = [];
    const acksMs: number[] = [];
    let started = 0;
    const client = async (id: number): Promise<void> => {
      while (started < total) {
        started += 1;
        const seq = this.seqs[id] ?? 0;
        this.seqs[id] = seq + 1;
        const timing = await this.turn(id, seq);
        latenciesMs.push(timing.latencyMs);
        acksMs.push(timing.ackMs);
      }
    };
    const cpuBefore = process.cpuUsage();
    const machineBefore = machineTimes();
    const start = performance.now();
    await Promise.all(Array.from({ length: clients }, (_, id) => client(id)));
    const elapsedMs = performance.now() - start;
    const cpu = process.cpuUsage(cpuBefore);
    const machine = machineTimes();
    const machineTotal = machine.total - machineBefore.total;
    return {
      turns: latenciesMs.length,
      elapsedMs,
      latenciesMs,
      acksMs,
      processCpuMsPerTurn: (cpu.user + cpu.system) / 1000 / Math.max(1, latenciesMs.length),
      machineBusyPct: machineTotal > 0 ? (100 * (machineTotal - (machine.idle - machineBefore.idle))) / machineTotal : 0,
    };
  }
}

function machineTimes(): { total: number; idle: number } {
  let total = 0;
  let idle = 0;
  for (const { times } of cpus()) {
    total += times.user + times.nice + times.sys + times.idle + times.irq;
    idle += times.idle;
  }
  return { total, idle };
}
