import type { Models } from '../models';
import type { Office, OfficeLevel } from '../offices/model';
import { createOffice } from '../offices/service';

/**
 * Ningbo's office tree below the city office (NB): its ten districts and counties (区县(市)) and
 * their towns, streets and parks. Codes follow the demo's (NB-HS, NB-HS-NM, …), which seedDemo
 * creates first; this adds the rest. Town codes are the pinyin initials of the name.
 */
export interface CityDistrict {
  code: string;
  /** 海曙区, 余姚市, 宁海县 */
  name: string;
  /** As a company name puts it (宁波海曙…, 余姚…). */
  short: string;
  /** 行政区划代码: the third to eighth characters of a credit code registered there. */
  division: string;
  /** Share of the city's enterprises, roughly as big as its economy. */
  weight: number;
  /** "CODE:名称" pairs; a name ending in 开发区 or 园区 is a park, the rest are towns (乡镇(街道)). */
  units: string;
}

export const CITY_OFFICE_CODE = 'NB';
export const CITY_DIVISION = '330200';

export const CITY_DISTRICTS: readonly CityDistrict[] = [
  {
    code: 'NB-HS', name: '海曙区', short: '宁波海曙', division: '330203', weight: 10,
    units: 'NM:南门街道 JX:江厦街道 XM:西门街道 YH:月湖街道 GL:鼓楼街道 BY:白云街道 DT:段塘街道 WC:望春街道 SQ:石碶街道 GQ:高桥镇 HJ:横街镇 JSG:集士港镇 GUL:古林镇 DQ:洞桥镇 YJ:鄞江镇 ZS:章水镇 LG:龙观乡 WCY:望春工业园区',
  },
  {
    code: 'NB-JB', name: '江北区', short: '宁波江北', division: '330205', weight: 6,
    units: 'ZM:中马街道 BS:白沙街道 KP:孔浦街道 WJ:文教街道 YJ:甬江街道 ZQ:庄桥街道 HT:洪塘街道 QJ:前江街道 CC:慈城镇 GXY:江北高新技术产业园区',
  },
  {
    code: 'NB-BL', name: '北仑区', short: '宁波北仑', division: '330206', weight: 12,
    units: 'XQ:新碶街道 DQ:大碶街道 XG:小港街道 XP:霞浦街道 CQ:柴桥街道 QJS:戚家山街道 CX:春晓街道 MS:梅山街道 BF:白峰街道 BSQ:宁波保税区 DXK:大榭开发区',
  },
  {
    code: 'NB-ZH', name: '镇海区', short: '宁波镇海', division: '330211', weight: 7,
    units: 'ZBS:招宝山街道 JC:蛟川街道 LT:骆驼街道 ZS:庄市街道 GS:贵驷街道 XP:澥浦镇 JLH:九龙湖镇 KFQ:镇海经济开发区 SHQ:宁波石化经济技术开发区',
  },
  {
    code: 'NB-YZ', name: '鄞州区', short: '宁波鄞州', division: '330212', weight: 18,
    units:
      'ZH:中河街道 ZGM:钟公庙街道 SN:首南街道 PH:潘火街道 XY:下应街道 DL:东柳街道 DS:东胜街道 BZ:百丈街道 ML:明楼街道 BH:白鹤街道 FM:福明街道 DJ:东郊街道 XM:新明街道 ' +
      'JS:姜山镇 WX:五乡镇 XX:咸祥镇 TX:塘溪镇 DW:东吴镇 QA:邱隘镇 ZQ:瞻岐镇 YL:云龙镇 HX:横溪镇 DQH:东钱湖镇 HPK:鄞州经济开发区',
  },
  {
    code: 'NB-FH', name: '奉化区', short: '宁波奉化', division: '330213', weight: 6,
    units: 'JP:锦屏街道 YL:岳林街道 JK:江口街道 XW:西坞街道 XWM:萧王庙街道 FQ:方桥街道 XK:溪口镇 CH:莼湖镇 ST:尚田镇 DY:大堰镇 SA:松岙镇 QC:裘村镇 KFQ:奉化经济开发区',
  },
  {
    code: 'NB-YY', name: '余姚市', short: '余姚', division: '330281', weight: 13,
    units:
      'FS:凤山街道 YM:阳明街道 LZ:梨洲街道 LJ:兰江街道 DT:低塘街道 LX:朗霞街道 SM:泗门镇 XCE:小曹娥镇 HJB:黄家埠镇 LS:临山镇 MZ:马渚镇 ' +
      'MS:牟山镇 ZT:丈亭镇 SQS:三七市镇 HMD:河姆渡镇 DY:大隐镇 LB:陆埠镇 LN:梁弄镇 DL:大岚镇 SMS:四明山镇 LT:鹿亭乡 KFQ:余姚经济开发区',
  },
  {
    code: 'NB-CX', name: '慈溪市', short: '慈溪', division: '330282', weight: 16,
    units:
      'HS:浒山街道 GT:古塘街道 BSL:白沙路街道 KD:坎墩街道 ZH:宗汉街道 GHW:观海卫镇 FH:附海镇 QT:桥头镇 KY:匡堰镇 XL:逍林镇 XP:新浦镇 ' +
      'SS:胜山镇 HH:横河镇 CS:崇寿镇 AD:庵东镇 CH:长河镇 ZX:周巷镇 ZQ:掌起镇 LS:龙山镇 BHK:慈溪滨海经济开发区 GXQ:慈溪高新技术产业开发区',
  },
  {
    code: 'NB-NH', name: '宁海县', short: '宁海', division: '330226', weight: 6,
    units:
      'YL:跃龙街道 TY:桃源街道 ML:梅林街道 QTH:桥头胡街道 CJ:长街镇 LY:力洋镇 YS:一市镇 CL:岔路镇 QT:前童镇 SZ:桑洲镇 HT:黄坛镇 ' +
      'DJH:大佳何镇 QJ:强蛟镇 XD:西店镇 SZE:深甽镇 HC:胡陈乡 CY:茶院乡 YX:越溪乡 KFQ:宁海经济开发区',
  },
  {
    code: 'NB-XS', name: '象山县', short: '象山', division: '330225', weight: 6,
    units:
      'DD:丹东街道 DX:丹西街道 JX:爵溪街道 SP:石浦镇 XZ:西周镇 XX:贤庠镇 QT:墙头镇 SZT:泗洲头镇 DT:定塘镇 TC:涂茨镇 DXU:大徐镇 ' +
      'XQ:新桥镇 HP:鹤浦镇 DC:东陈乡 XT:晓塘乡 HBA:黄避岙乡 MY:茅洋乡 GTD:高塘岛乡 KFQ:象山经济开发区',
  },
];

export interface CityUnit {
  code: string;
  name: string;
  level: Extract<OfficeLevel, 'town' | 'park'>;
  district: CityDistrict;
}

const parseUnits = (district: CityDistrict): CityUnit[] =>
  district.units.split(/\s+/).map((pair) => {
    const [suffix, name] = pair.split(':');
    return { code: `${district.code}-${suffix}`, name, level: /(开发区|园区)$/.test(name) ? 'park' : 'town', district };
  });

const UNITS_BY_DISTRICT = new Map(CITY_DISTRICTS.map((d) => [d, parseUnits(d)]));

/** The towns, streets and parks of a district, in table order. */
export const unitsOf = (district: CityDistrict): readonly CityUnit[] => UNITS_BY_DISTRICT.get(district) ?? parseUnits(district);

export const CITY_UNITS: readonly CityUnit[] = CITY_DISTRICTS.flatMap(unitsOf);

/** The city's offices by code, once every district and unit exists. */
export type CityOffices = Map<string, Office>;

/**
 * Creates the districts and units that are missing, parents first, through createOffice so each
 * gets its ancestors the way an admin-created office would. One read of the tree up front; about
 * 170 single inserts the first time, none after.
 */
export async function seedCityOffices(models: Models): Promise<{ offices: CityOffices; created: number }> {
  const offices: CityOffices = new Map(((await models.Office.find({}).lean()) as Office[]).map((o) => [o.code, o]));
  const city = offices.get(CITY_OFFICE_CODE);
  if (!city) throw new Error(`The city office ${CITY_OFFICE_CODE} is missing: seedDemo creates it first`);
  let created = 0;
  const ensure = async (code: string, name: string, level: OfficeLevel, parent: Office): Promise<Office> => {
    const found = offices.get(code);
    if (found) return found;
    const office = await createOffice(models.Office, { code, name, level, parent });
    offices.set(code, office);
    created++;
    return office;
  };
  for (const district of CITY_DISTRICTS) {
    const districtOffice = await ensure(district.code, `${district.name}和创办`, 'district', city);
    for (const unit of unitsOf(district)) await ensure(unit.code, unit.name, unit.level, districtOffice);
  }
  return { offices, created };
}
