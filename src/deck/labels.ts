/**
 * The deck's own words (kickers, row labels), in the release's language. Release text never lives
 * here; these are the captions around it. Unknown languages fall back to English.
 */
export interface Labels {
  summary: string;
  timeline: string;
  ceremony: string;
  organizationProfile: string;
  comparison: string;
  contact: string;
  founded: string;
  foundedBy: string;
  region: string;
  members: string;
  memberCompanies: (asOf: string | undefined) => string;
  workingGroups: string;
  released: string;
  division: string;
  address: string;
  phone: string;
  fullRelease: string;
  continued: (page: number, pages: number) => string;
}

const en: Labels = {
  summary: 'Summary',
  timeline: 'Timeline',
  ceremony: 'Signing ceremony',
  organizationProfile: 'Organization profile',
  comparison: 'At a glance',
  contact: 'Contact',
  founded: 'Founded',
  foundedBy: 'Founded by',
  region: 'Region',
  members: 'Members',
  memberCompanies: (asOf) => (asOf ? `member companies, ${asOf}` : 'member companies'),
  workingGroups: 'Working groups',
  released: 'Released',
  division: 'Division in charge',
  address: 'Address',
  phone: 'Tel.',
  fullRelease: 'Full release',
  continued: (page, pages) => `(${page}/${pages})`,
};

const ja: Labels = {
  summary: '概要',
  timeline: '経緯',
  ceremony: '署名式',
  organizationProfile: '団体概要',
  comparison: '比較',
  contact: '問い合わせ先',
  founded: '設立',
  foundedBy: '設立者',
  region: '地域',
  members: '会員数',
  memberCompanies: (asOf) => (asOf ? `会員企業数（${asOf}時点）` : '会員企業数'),
  workingGroups: 'ワーキンググループ',
  released: '公表日',
  division: '担当',
  address: '住所',
  phone: '電話',
  fullRelease: 'リリース全文',
  continued: (page, pages) => `（${page}/${pages}）`,
};

export function labelsFor(lang: string): Labels {
  return lang.toLowerCase().startsWith('ja') ? ja : en;
}
