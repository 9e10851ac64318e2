import type { Rng } from './city-random';

/**
 * The words the city seed builds names from: people (surname + given name), companies
 * (region + trade name + trade + 有限公司) and the jobs people hold. Plain lists, weighted where
 * the real spread is uneven (陈, 王 and 李 are far more common than 竺 or 邬, which Ningbo has too).
 */

const SURNAMES: readonly (readonly [string, number])[] = [
  ['陈', 90], ['王', 80], ['张', 60], ['李', 60], ['林', 45], ['徐', 45], ['周', 40], ['胡', 35], ['吴', 35], ['俞', 25],
  ['应', 22], ['孙', 22], ['朱', 22], ['杨', 22], ['黄', 20], ['刘', 20], ['郑', 20], ['叶', 18], ['沈', 18], ['邵', 15],
  ['毛', 14], ['董', 14], ['顾', 12], ['范', 12], ['蒋', 12], ['方', 12], ['江', 10], ['钱', 10], ['戴', 10], ['汪', 10],
  ['袁', 10], ['金', 10], ['严', 9], ['余', 9], ['邬', 8], ['竺', 6], ['虞', 8], ['童', 8], ['屠', 7], ['舒', 7],
  ['史', 7], ['贺', 6], ['忻', 5], ['励', 5], ['柴', 5], ['裘', 5], ['翁', 6], ['何', 10], ['马', 9], ['谢', 9],
  ['姚', 9], ['许', 9], ['丁', 8], ['任', 7], ['楼', 6], ['赵', 10], ['冯', 7], ['罗', 7], ['鲍', 6], ['施', 7],
];

const MALE_GIVEN = [...'伟强军杰磊涛斌勇峰浩俊波辉刚明建国华平海亮鹏飞宇晨文凯超健鑫毅东林锋阳宏志立新春永荣忠晓家嘉振一航宁岳'];
const FEMALE_GIVEN = [...'芳娟敏静丽艳燕霞玲婷雪琳洁红萍颖慧佳倩丹蕾莉梅欣怡雯璐晶悦文晓晨美秀素亚青琴瑶蓉'];

/** A plausible Chinese personal name: a weighted surname and a one- or two-character given name. */
export function personName(rng: Rng): string {
  const surname = rng.weighted(SURNAMES);
  const pool = rng.chance(0.5) ? MALE_GIVEN : FEMALE_GIVEN;
  const first = rng.pick(pool);
  if (rng.chance(0.28)) return surname + first;
  let second = rng.pick(pool);
  while (second === first && rng.chance(0.9)) second = rng.pick(pool);
  return surname + first + second;
}

/** Trade names (字号): two characters, the kind small and mid-sized firms pick (no well-known real brand). */
export const TRADE_NAMES = [
  '华达', '永盛', '甬兴', '恒昌', '海晟', '东方', '凯越', '宏远', '鑫源', '天元', '金亿', '博远', '中意', '联创', '信达', '瑞丰', '万隆', '日升',
  '汇融', '新海', '双桥', '美途', '立信', '众诚', '嘉和', '德润', '锦程', '盛世', '腾飞', '明珠', '泰和', '华茂', '裕隆', '富达', '顺发', '永佳',
  '长兴', '星宇', '通利', '丰泽', '安泰', '奥克', '科宁', '亚新', '龙腾', '金港', '海顺', '圣达', '爱伦', '广利', '华信', '锦华', '宏盛', '恒通',
  '东海', '恒丰', '康盛', '正弘', '国安', '中基', '宝新', '银丰', '天安', '力达', '飞跃', '永大', '金禾', '合力', '百隆', '新大', '兴业', '永泰',
  '四明', '天一', '月湖', '三江', '江南', '浙东', '明州', '宁远', '前湾', '杭湾', '鸿运', '永信', '金鼎', '华宇', '宏达', '恒信', '中泰', '瑞祥',
  '嘉禾', '隆盛', '鑫泰', '兴达', '益民', '正源', '耀华', '君诚', '同创', '远航', '卓信', '启明', '华泰', '金盛', '永昌', '信和', '广源', '天成',
  '汇金', '捷成', '鼎盛', '海纳', '睿智', '卓越', '精工', '佳利', '润泽', '沃德', '科力', '迈斯', '艾森', '兰德', '博纳', '凯普', '诺信', '奥维',
];

export interface Industry {
  name: string;
  weight: number;
  /** The trade words a company name of this industry ends in, before 有限公司. */
  trades: readonly string[];
}

/** 国民经济行业分类 sections, weighted towards Ningbo's manufacturing base. */
export const INDUSTRIES: readonly Industry[] = [
  { name: '制造业', weight: 46, trades: ['机械', '电器', '塑业', '模具', '五金', '纺织', '服饰', '汽车部件', '轴承', '电子', '新材料', '家电', '文具', '化工', '液压', '紧固件', '光电', '厨具', '针织', '灯具', '橡胶制品', '精密铸造'] },
  { name: '批发和零售业', weight: 13, trades: ['贸易', '商贸', '进出口', '供应链管理', '百货', '医药连锁'] },
  { name: '建筑业', weight: 7, trades: ['建设', '建筑工程', '装饰工程', '市政工程', '幕墙'] },
  { name: '交通运输、仓储和邮政业', weight: 7, trades: ['物流', '运输', '国际货运代理', '港口服务', '仓储', '冷链物流'] },
  { name: '信息传输、软件和信息技术服务业', weight: 5, trades: ['信息技术', '软件', '网络科技', '数据科技', '智能科技'] },
  { name: '住宿和餐饮业', weight: 4, trades: ['餐饮管理', '酒店管理', '大酒店'] },
  { name: '租赁和商务服务业', weight: 5, trades: ['企业管理咨询', '人力资源', '商务服务', '会展服务'] },
  { name: '科学研究和技术服务业', weight: 3, trades: ['检测技术', '工程技术', '环境检测', '设计'] },
  { name: '房地产业', weight: 3, trades: ['置业', '物业管理', '房地产开发'] },
  { name: '居民服务、修理和其他服务业', weight: 3, trades: ['家政服务', '汽车维修', '保洁服务'] },
  { name: '水利、环境和公共设施管理业', weight: 1.5, trades: ['环保科技', '环境工程', '园林绿化'] },
  { name: '电力、热力、燃气及水生产和供应业', weight: 1, trades: ['燃气', '热力', '新能源', '供水'] },
  { name: '农、林、牧、渔业', weight: 1.5, trades: ['农业发展', '水产', '果蔬专业合作', '茶业'] },
];

/** What a company is, after its trade word. */
export const COMPANY_FORMS: readonly (readonly [string, number])[] = [
  ['有限公司', 82],
  ['股份有限公司', 8],
  ['有限责任公司', 10],
];

/** The roles an enterprise names for its contact with the office. */
export const CONTACT_ROLES: readonly (readonly [string, number])[] = [
  ['工会主席', 30],
  ['人事经理', 18],
  ['行政主管', 12],
  ['办公室主任', 12],
  ['人力资源专员', 10],
  ['工会干事', 8],
  ['总经理', 5],
  ['财务负责人', 3],
  ['党支部书记', 2],
];
