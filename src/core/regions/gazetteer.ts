import type { RegionLevel, RegionPlace } from './region-types.js';
import { townshipStem, unitStem } from './suffixes.js';

/** One administrative unit of the gazetteer (`src/data/gazetteer/units.tsv`). */
export interface Unit {
  /** 6-digit code (provinces `150000`, cities `150200`, counties `150223`) or 9-digit town code. */
  code: string;
  /** Official full name. */
  name: string;
  /** Level. */
  level: RegionLevel;
  /** Code of the unit above, or null for a province. */
  parent: string | null;
  /** Short forms (`达茂旗`, `达茂`). */
  aliases: readonly string[];
}

const RANK: Record<RegionLevel, number> = { province: 1, city: 2, county: 3, town: 4 };

/** Depth of a level: province 1 … town 4. */
export function levelRank(level: RegionLevel): number {
  return RANK[level];
}

/** The units and their hierarchy, with the questions the resolver and the views ask of it. */
export class Gazetteer {
  private readonly byCode = new Map<string, Unit>();
  private readonly chains = new Map<string, Unit[]>();
  private readonly places = new Map<string, RegionPlace>();

  constructor(units: Iterable<Unit>) {
    for (const unit of units) this.byCode.set(unit.code, unit);
  }

  /** Every unit, in the order given. */
  units(): IterableIterator<Unit> {
    return this.byCode.values();
  }

  /** The unit with this code, if any. */
  get(code: string): Unit | undefined {
    return this.byCode.get(code);
  }

  /** The unit with this code; throws on an unknown code (a programming error, not a user's). */
  unit(code: string): Unit {
    const unit = this.byCode.get(code);
    if (!unit) throw new Error(`unknown region code ${code}`);
    return unit;
  }

  /** The unit and every unit above it, innermost first (do not modify: it is shared). */
  ancestors(code: string): readonly Unit[] {
    let chain = this.chains.get(code);
    if (!chain) {
      chain = [];
      for (let unit = this.byCode.get(code); unit; unit = unit.parent ? this.byCode.get(unit.parent) : undefined) chain.push(unit);
      this.chains.set(code, chain);
    }
    return chain;
  }

  /** True when `inner` is `outer` or lies inside it. */
  contains(outer: string, inner: string): boolean {
    for (const unit of this.ancestors(inner)) if (unit.code === outer) return true;
    return false;
  }

  /** The smallest unit containing both, or null when they lie in different provinces. */
  commonAncestor(a: string, b: string): Unit | null {
    // Chains are at most four units long: comparing them beats building a set on every call.
    const above = this.ancestors(a);
    for (const unit of this.ancestors(b)) if (above.includes(unit)) return unit;
    return null;
  }

  /**
   * The unit at `level` that a unit is or lies in, or null when it lies above that level. At city
   * level a municipality (北京市, 天津市, 上海市, 重庆市) is its own city, and a county under no
   * prefecture (仙桃市, 济源市, 石河子市, governed by the province directly) counts as one, so city
   * totals miss nothing.
   */
  unitAt(code: string, level: RegionLevel): Unit | null {
    const chain = this.ancestors(code);
    const exact = chain.find((unit) => unit.level === level);
    if (exact || level !== 'city') return exact ?? null;
    const province = chain[chain.length - 1];
    if (province?.name.endsWith('市')) return province;
    return chain.find((unit) => unit.level === 'county') ?? null;
  }

  /** The unit with the names of the units above it (shared between calls: do not modify). */
  placeOf(code: string): RegionPlace {
    let place = this.places.get(code);
    if (!place) {
      place = this.describe(code);
      this.places.set(code, place);
    }
    return place;
  }

  private describe(code: string): RegionPlace {
    const unit = this.unit(code);
    const chain = this.ancestors(code);
    const nameAt = (level: RegionLevel): string | null => this.unitAt(code, level)?.name ?? null;
    return {
      code,
      name: unit.name,
      level: unit.level,
      town: nameAt('town'),
      county: nameAt('county'),
      city: nameAt('city'),
      province: nameAt('province'),
      within: chain.map((u) => u.code),
      names: [...new Set(chain.flatMap(writtenForms))],
    };
  }
}

/** Every way text writes a unit: its name, short forms, and its name without the suffix (`包头`, `科布尔`). */
export function writtenForms(unit: Unit): string[] {
  const stem = unit.level === 'town' ? townshipStem(unit.name)?.stem : unitStem(unit.name);
  return [unit.name, ...unit.aliases, ...(stem ? [stem] : [])];
}

/** Parses `units.tsv` (header `code\tname\tlevel\tparent\taliases`); throws on a malformed file. */
export function parseUnits(tsv: string): Unit[] {
  const lines = tsv.split('\n').filter((line) => line !== '');
  if (lines[0] !== 'code\tname\tlevel\tparent\taliases') throw new Error(`units.tsv: unexpected header ${JSON.stringify(lines[0])}`);
  return lines.slice(1).map((line, i) => {
    const [code, name, level, parent, aliases] = line.split('\t');
    if (!code || !name || !level || !(level in RANK) || parent === undefined || aliases === undefined) {
      throw new Error(`units.tsv line ${i + 2}: malformed row`);
    }
    return { code, name, level: level as RegionLevel, parent: parent === '' ? null : parent, aliases: aliases === '' ? [] : aliases.split('|') };
  });
}
