/** The programme's "five-level linkage", top to bottom (SPEC, "The programme behind it"). */
export const OFFICE_LEVELS = ['city', 'district', 'industry', 'park', 'town', 'village'] as const;
export type OfficeLevel = (typeof OFFICE_LEVELS)[number];

export const OFFICE_LEVEL_NAMES: Record<OfficeLevel, string> = {
  city: '市',
  district: '区县(市)',
  industry: '产业/系统',
  park: '园区',
  town: '乡镇(街道)',
  village: '村(社区)',
};
