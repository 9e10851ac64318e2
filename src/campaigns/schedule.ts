import { Invalid } from '../errors';
import { NEXT_STEP, STAGES, STAGE_KEYS, STAGE_NAMES, type StageKey } from './kinds';

/** Pure rules of a campaign's calendar: whose deadline applies, what a district may change, where an application stands. */

export type Deadlines = Record<StageKey, Date>;
type StageRow = { key: string; deadline: Date };

export class OutsideCityWindow extends Invalid {
  override readonly code = 'outside_city_window';
}

export function deadlinesOf(stages: readonly StageRow[]): Partial<Deadlines> {
  return Object.fromEntries(stages.map((s) => [s.key, new Date(s.deadline)])) as Partial<Deadlines>;
}

/** The city's six deadlines must be given, in the stages' order. */
export function checkCityStages(stages: readonly StageRow[]): Deadlines {
  const d = deadlinesOf(stages);
  const missing = STAGE_KEYS.filter((k) => !d[k]);
  if (missing.length || stages.length !== STAGE_KEYS.length) throw new Invalid('A campaign needs each of the six stages once, with a deadline', { missing });
  checkOrder(d as Deadlines);
  return d as Deadlines;
}

function checkOrder(d: Deadlines) {
  for (let i = 1; i < STAGE_KEYS.length; i++) {
    if (d[STAGE_KEYS[i]].getTime() < d[STAGE_KEYS[i - 1]].getTime()) {
      throw new Invalid(`Stage deadlines must follow the stages' order: ${STAGE_NAMES[STAGE_KEYS[i]]} is before ${STAGE_NAMES[STAGE_KEYS[i - 1]]}`, { stage: STAGE_KEYS[i] });
    }
  }
}

/**
 * What a district may set for a stage: no later than the city's deadline for it (the city needs
 * the results by then) and no earlier than the city's previous deadline (or the round's opening).
 */
export function cityWindow(city: Deadlines, opensAt: Date, stage: StageKey): { earliest: Date; latest: Date } {
  const i = STAGE_KEYS.indexOf(stage);
  return { earliest: i === 0 ? opensAt : city[STAGE_KEYS[i - 1]], latest: city[stage] };
}

export function checkOverride(city: Deadlines, opensAt: Date, overrides: readonly StageRow[], inherited: Deadlines): Partial<Deadlines> {
  const mine = deadlinesOf(overrides);
  for (const [key, at] of Object.entries(mine) as [StageKey, Date][]) {
    const { earliest, latest } = cityWindow(city, opensAt, key);
    if (at.getTime() < earliest.getTime() || at.getTime() > latest.getTime()) {
      throw new OutsideCityWindow(`${STAGE_NAMES[key]}的截止时间须在市级时间范围内：${earliest.toISOString()} 至 ${latest.toISOString()}`, {
        stage: key,
        allowed: { from: earliest.toISOString(), to: latest.toISOString() },
      });
    }
  }
  checkOrder({ ...inherited, ...mine });
  return mine;
}

/** The deadlines for an office: the nearest override up its chain (the office first, then its ancestors), else the city's. */
export function effectiveDeadlines(city: Deadlines, chain: readonly string[], overrides: ReadonlyMap<string, Partial<Deadlines>>): Deadlines {
  const out = { ...city };
  for (const key of STAGE_KEYS) {
    for (const officeId of chain) {
      const at = overrides.get(officeId)?.[key];
      if (at) {
        out[key] = at;
        break;
      }
    }
  }
  return out;
}

export interface StageView {
  key: StageKey;
  name: string;
  deadline: Date;
  done: boolean;
  doneAt: Date | null;
  /** Past its deadline and not done. */
  late: boolean;
}

export interface Standing {
  stages: StageView[];
  /** The first stage not done; null once all six are, or when withdrawn. */
  current: StageKey | null;
  withdrawn: boolean;
  nextStep: string;
}

export function standing(deadlines: Deadlines, steps: ReadonlyMap<string, Date>, now: Date): Standing {
  const withdrawn = steps.has('withdrawn');
  const stages = STAGES.map((s) => {
    const doneAt = steps.get(s.key) ?? null;
    return { key: s.key, name: s.name, deadline: deadlines[s.key], done: doneAt !== null, doneAt, late: doneAt === null && deadlines[s.key].getTime() < now.getTime() };
  });
  const current = withdrawn ? null : (stages.find((s) => !s.done)?.key ?? null);
  const nextStep = withdrawn ? '申报已撤回' : current ? NEXT_STEP[current] : '全部阶段已完成';
  return { stages, current, withdrawn, nextStep };
}
