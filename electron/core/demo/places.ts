/** The projects an office looks after and the addresses inside them, written the way owners say them. */
import type { Random } from './random';

export type SiteKind = 'residential' | 'commercial' | 'office';

interface Site {
  name: string;
  kind: SiteKind;
  buildings: number;
  units: number;
  floors: number;
  roomsPerFloor: number;
  weight: number;
}

const SITES: readonly Site[] = [
  { name: '翠湖花园', kind: 'residential', buildings: 18, units: 3, floors: 18, roomsPerFloor: 2, weight: 30 },
  { name: '锦绣华庭', kind: 'residential', buildings: 12, units: 2, floors: 32, roomsPerFloor: 4, weight: 25 },
  { name: '滨江壹号', kind: 'residential', buildings: 6, units: 2, floors: 45, roomsPerFloor: 2, weight: 15 },
  { name: '金地名苑', kind: 'residential', buildings: 24, units: 4, floors: 11, roomsPerFloor: 2, weight: 15 },
  { name: '阳光城市广场', kind: 'commercial', buildings: 3, units: 1, floors: 5, roomsPerFloor: 30, weight: 8 },
  { name: '科创大厦', kind: 'office', buildings: 2, units: 1, floors: 28, roomsPerFloor: 12, weight: 7 },
];

export const SITE_NAMES: readonly string[] = SITES.map((site) => site.name);

export interface Address {
  site: string;
  kind: SiteKind;
  buildingRoom: string;
}

function residentialRoom(random: Random, site: Site): string {
  const building = random.int(1, site.buildings);
  const floor = random.int(1, site.floors);
  const room = `${floor}${String(random.int(1, site.roomsPerFloor)).padStart(2, '0')}`;
  if (site.units > 1 && random.chance(0.85)) return `${building}栋${random.int(1, site.units)}单元${room}`;
  // Some owners say 号楼 rather than 栋, and leave out the unit.
  return random.chance(0.5) ? `${building}号楼${room}` : `${building}栋${room}`;
}

function commercialRoom(random: Random, site: Site): string {
  const floor = random.int(1, site.floors);
  const shop = String(random.int(1, site.roomsPerFloor)).padStart(2, '0');
  return random.chance(0.7) ? `商铺${floor}-${shop}` : `${floor}F-${shop}号`;
}

function officeRoom(random: Random, site: Site): string {
  const tower = String.fromCharCode(65 + random.int(0, site.buildings - 1));
  return `${tower}座${random.int(2, site.floors)}${String(random.int(1, site.roomsPerFloor)).padStart(2, '0')}`;
}

/** Where the complaint is about; a passer-by or a public area has no room number. */
export function address(random: Random): Address {
  const site = random.weighted(SITES.map((s) => [s, s.weight] as const));
  if (random.chance(0.06)) return { site: site.name, kind: site.kind, buildingRoom: '' };
  const buildingRoom =
    site.kind === 'residential'
      ? residentialRoom(random, site)
      : site.kind === 'commercial'
        ? commercialRoom(random, site)
        : officeRoom(random, site);
  return { site: site.name, kind: site.kind, buildingRoom };
}
