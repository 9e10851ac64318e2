/** 和谐企业等级: the level of harmonious enterprise a company has reached. */
export const ENTERPRISE_LEVELS = ['none', 'town', 'district', 'city'] as const;
export type EnterpriseLevel = (typeof ENTERPRISE_LEVELS)[number];
export const ENTERPRISE_LEVEL_NAMES: Record<EnterpriseLevel, string> = { none: '无', town: '乡镇级', district: '区县级', city: '市级' };
