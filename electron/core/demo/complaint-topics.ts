/**
 * What people complain about at a property-management desk, with the
 * categories a desk would file each under, and the fragments complaint
 * texts are assembled from. Weights are rough shares of a year's cases;
 * `season` lifts a topic in the months it peaks (1 = January).
 */
import type { Category } from '../../../shared/domain';
import type { SiteKind } from './places';

export interface Topic {
  key: string;
  weight: number;
  /** The department that handles it; the customer service centre itself for fees, parcels and the desk. */
  department: 'engineering' | 'security' | 'environment' | 'service';
  /** Where the topic comes up; residential estates only when left out. */
  sites?: readonly SiteKind[];
  season?: { months: readonly number[]; factor: number };
  categories: readonly (readonly [Category, number])[];
  /** Share of judged cases that turn out invalid (outside our responsibility) and major. */
  invalidShare: number;
  majorShare: number;
  problems: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    key: 'leak',
    department: 'engineering',
    sites: ['residential', 'commercial', 'office'],
    weight: 14,
    season: { months: [5, 6, 7, 8], factor: 1.8 },
    categories: [['equipment', 3], ['facilities', 3], ['product_quality', 2], ['property_management', 2]],
    invalidShare: 0.08,
    majorShare: 0.04,
    problems: [
      '卫生间天花板漏水，楼上住户长期不在家，联系不上',
      '厨房水管接口漏水，水已经流到客厅，木地板泡坏了',
      '外墙渗水，卧室墙面发霉起皮',
      '下暴雨时阳台雨水倒灌，家里进水',
      '地下车库顶部漏水，一直滴到车上，车漆被腐蚀',
      '消防管道漏水，地面湿滑，差点有人摔倒',
      '楼上装修把防水层打坏了，我家卫生间顶上一直滴水',
    ],
  },
  {
    key: 'lift',
    department: 'engineering',
    sites: ['residential', 'commercial', 'office'],
    weight: 10,
    categories: [['equipment', 6], ['facilities', 3], ['sudden_incident', 1]],
    invalidShare: 0.03,
    majorShare: 0.06,
    problems: [
      '电梯经常停在半层，门打不开',
      '电梯运行时异响很大，晃得厉害，不敢坐',
      '家人被困电梯二十多分钟才有人来处理',
      '电梯按键失灵，整个单元只有一部电梯能用',
      '电梯故障停运一个星期了，上下楼非常困难',
      '电梯年检标志过期，担心安全问题',
    ],
  },
  {
    key: 'noise',
    department: 'security',
    weight: 10,
    categories: [['property_management', 5], ['environment_hygiene', 3], ['other', 1]],
    invalidShare: 0.15,
    majorShare: 0.01,
    problems: [
      '楼上装修每天早上七点就开始用电钻，周末也不停',
      '小区广场舞音响声音太大，晚上十点还没停',
      '地下车库卷帘门开关噪音很大，夜里被吵醒',
      '水泵房噪音很大，楼下住户晚上睡不着',
      '底商夜里卸货声音太吵，影响休息',
      '隔壁邻居半夜大声喧哗，多次沟通无果',
    ],
  },
  {
    key: 'fee',
    department: 'service',
    sites: ['residential', 'commercial', 'office'],
    weight: 9,
    season: { months: [1, 12], factor: 2 },
    categories: [['business_handling', 6], ['property_management', 3], ['service_quality', 1]],
    invalidShare: 0.25,
    majorShare: 0.01,
    problems: [
      '对物业费收费标准有异议，认为服务跟不上收费',
      '物业费账单金额和去年不一致，要求解释清楚',
      '已经交过物业费，又收到催缴通知',
      '公摊水电费分摊不透明，要求公示明细',
      '申请开具物业费发票，一个多月了还没办好',
      '空置房物业费没有按约定打折',
    ],
  },
  {
    key: 'parking',
    department: 'security',
    weight: 10,
    categories: [['property_management', 5], ['business_handling', 3], ['facilities', 2]],
    invalidShare: 0.12,
    majorShare: 0.01,
    problems: [
      '自己的产权车位被别人的车长期占用',
      '月卡续费后道闸还是不识别车牌，每次都要人工抬杆',
      '小区内乱停车严重，消防通道被堵',
      '访客停车收费不合理，超过半小时就收费',
      '申请安装充电桩，物业迟迟没有批复',
      '车停在小区里被剐蹭，要求调取监控',
    ],
  },
  {
    key: 'guard',
    department: 'security',
    weight: 6,
    categories: [['service_attitude', 8], ['service_quality', 2]],
    invalidShare: 0.05,
    majorShare: 0.02,
    problems: [
      '门岗保安态度恶劣，说话很冲',
      '保安值班时睡觉、玩手机，外人随意进出',
      '家里老人忘带门禁卡，保安不让进还出言不逊',
      '保安对访客登记要求不一致，有时不查有时刁难',
      '夜间巡逻形同虚设，电动车电瓶被偷',
    ],
  },
  {
    key: 'greenery',
    department: 'environment',
    weight: 4,
    season: { months: [4, 5, 6, 7, 8, 9], factor: 1.6 },
    categories: [['environment_hygiene', 6], ['property_management', 3]],
    invalidShare: 0.1,
    majorShare: 0,
    problems: [
      '楼下绿化带很久没修剪，蚊虫很多',
      '草坪打药没有提前通知，家里小孩皮肤过敏',
      '大树树枝挡住窗户，影响采光',
      '绿化带被人私自改成了菜地',
      '台风过后倒伏的树木一直没人清理',
    ],
  },
  {
    key: 'garbage',
    department: 'environment',
    weight: 7,
    season: { months: [6, 7, 8], factor: 1.4 },
    categories: [['environment_hygiene', 8], ['service_quality', 2]],
    invalidShare: 0.05,
    majorShare: 0,
    problems: [
      '垃圾桶满了没人清理，味道很大',
      '装修垃圾堆在楼道好几天没人清运',
      '垃圾分类投放点离得太远，老人不方便',
      '垃圾清运车早上五点就来作业，噪音扰民',
      '垃圾房周围污水横流，苍蝇很多',
    ],
  },
  {
    key: 'repair',
    department: 'engineering',
    sites: ['residential', 'commercial', 'office'],
    weight: 9,
    categories: [['service_quality', 6], ['equipment', 2], ['business_handling', 2]],
    invalidShare: 0.06,
    majorShare: 0.01,
    problems: [
      '报修的入户门锁坏了三天还没有人上门',
      '维修师傅上门后说没有配件就走了，之后再没消息',
      '楼道公共照明灯坏了很久，晚上一片漆黑',
      '报修电话一直打不通',
      '维修后问题没有解决，还多收了材料费',
    ],
  },
  {
    key: 'building-quality',
    department: 'engineering',
    weight: 5,
    categories: [['product_quality', 8], ['other', 2]],
    invalidShare: 0.2,
    majorShare: 0.05,
    problems: [
      '新房墙体出现多处裂缝',
      '窗户密封不好，下雨天窗台进水',
      '地暖不热，多次维修没有效果',
      '卫生间防水没做好，楼下反映渗水',
      '入户门变形关不严',
    ],
  },
  {
    key: 'outage',
    department: 'engineering',
    sites: ['residential', 'commercial', 'office'],
    weight: 5,
    season: { months: [7, 8, 1], factor: 1.5 },
    categories: [['sudden_incident', 5], ['equipment', 3], ['property_management', 2]],
    invalidShare: 0.15,
    majorShare: 0.08,
    problems: [
      '突然停水，事先没有任何通知',
      '整栋楼停电四个多小时，冰箱里的东西都坏了',
      '水压太低，高层用水困难',
      '燃气突然停供，热水器用不了',
      '自来水发黄有异味，不敢饮用',
    ],
  },
  {
    key: 'access',
    department: 'engineering',
    sites: ['residential', 'commercial', 'office'],
    weight: 4,
    categories: [['equipment', 5], ['facilities', 3], ['service_quality', 2]],
    invalidShare: 0.04,
    majorShare: 0,
    problems: [
      '单元门禁卡失灵，进不了楼',
      '门禁人脸识别经常认不出来，要等很久',
      '单元门坏了一直关不上，陌生人随意进出',
      '地库到电梯厅的门禁坏了，只能绕路',
    ],
  },
  {
    key: 'parcels',
    department: 'service',
    weight: 3,
    categories: [['other', 5], ['service_quality', 3], ['property_management', 2]],
    invalidShare: 0.3,
    majorShare: 0,
    problems: [
      '快递柜经常被占满，快递只能放在门岗',
      '快递放在前台后丢失，物业不承认',
      '快递驿站取件收费不合理',
    ],
  },
  {
    key: 'pets',
    department: 'security',
    weight: 4,
    categories: [['property_management', 6], ['environment_hygiene', 3], ['other', 1]],
    invalidShare: 0.15,
    majorShare: 0.01,
    problems: [
      '邻居遛狗不牵绳，吓到小孩',
      '楼道和电梯里有狗粪便没人清理',
      '邻居家的狗整夜叫，影响休息',
    ],
  },
  {
    key: 'fire-safety',
    department: 'security',
    sites: ['residential', 'commercial', 'office'],
    weight: 3,
    categories: [['property_management', 4], ['sudden_incident', 4], ['facilities', 2]],
    invalidShare: 0.03,
    majorShare: 0.12,
    problems: [
      '楼上有人高空抛物，差点砸到人',
      '楼道消防通道堆满杂物',
      '楼道灭火器过期没有更换',
      '消防报警器半夜误报，全楼都被吵醒',
      '有人在楼道里给电动车充电，存在火灾隐患',
    ],
  },
  {
    key: 'front-desk',
    department: 'service',
    sites: ['residential', 'commercial', 'office'],
    weight: 4,
    categories: [['service_quality', 5], ['service_attitude', 4], ['business_handling', 1]],
    invalidShare: 0.05,
    majorShare: 0.01,
    problems: [
      '前台办理业务排队太久，只开了一个窗口',
      '客服电话打过去没人接，留言也没人回',
      '工作人员答复前后不一致，各部门互相推诿',
      '办理装修手续要求提交的材料反复变化',
    ],
  },
  {
    key: 'air-conditioning',
    department: 'engineering',
    sites: ['commercial', 'office'],
    weight: 2,
    season: { months: [6, 7, 8, 12, 1], factor: 2.5 },
    categories: [['equipment', 7], ['facilities', 3]],
    invalidShare: 0.08,
    majorShare: 0.01,
    problems: [
      '写字楼中央空调制冷效果差，办公室温度太高',
      '中央空调加时费太贵，计费方式不清楚',
      '空调出风口滴水，把办公桌上的文件弄湿了',
    ],
  },
  {
    key: 'cleaning',
    department: 'environment',
    sites: ['residential', 'commercial', 'office'],
    weight: 5,
    categories: [['environment_hygiene', 8], ['service_quality', 2]],
    invalidShare: 0.04,
    majorShare: 0,
    problems: [
      '楼道卫生很差，地面很长时间没人拖',
      '电梯轿厢里有异味',
      '地下车库发现老鼠',
      '水景池里的水发臭',
    ],
  },
];

export const WHEN_NOTICED = [
  '',
  '今天早上发现，',
  '昨天晚上开始，',
  '从上周开始，',
  '已经持续三天了，',
  '这个问题已经有一个多月了，',
  '最近一段时间经常这样，',
];

export const EARLIER_ATTEMPTS = [
  '',
  '',
  '之前打过两次电话报修，一直没人处理。',
  '上个月已经投诉过一次，到现在没有解决。',
  '找过管家，说会跟进，但没有下文。',
  '已经在群里反映过，物业没有回应。',
];

export const DEMANDS = [
  '要求物业尽快派人上门处理。',
  '希望物业给个明确的答复和处理时间。',
  '要求赔偿由此造成的损失。',
  '要求减免当月物业费。',
  '要求对相关人员进行处理并当面道歉。',
  '希望加强管理，避免再次发生。',
  '要求今天之内给答复。',
];

export const MOODS = [
  '',
  '',
  '',
  '业主情绪比较激动。',
  '表示如果再不处理将向住建部门投诉。',
  '客户表示理解，希望尽快处理。',
  '已向客户说明处理流程和预计处理时间。',
];
