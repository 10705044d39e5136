/** The people and workflows of the sandbox's imaginary company. */

export interface UserSeed {
  first: string;
  last: string;
  role: 'Curator' | 'Artisan' | 'Member';
  active?: boolean;
  /** Only the documented sign-in users have fixed credentials. */
  key?: string;
  secret?: string;
}

export const USERS: readonly UserSeed[] = [
  { first: 'Jane', last: 'Doe', role: 'Curator', key: 'admin-key', secret: 'admin-secret' },
  { first: 'Kenji', last: 'Watanabe', role: 'Artisan', key: 'artisan-key', secret: 'artisan-secret' },
  { first: 'Maria', last: 'Lopez', role: 'Artisan', key: 'viewer-key', secret: 'viewer-secret' },
  { first: 'Haruto', last: 'Sato', role: 'Artisan' },
  { first: 'Yui', last: 'Tanaka', role: 'Artisan' },
  { first: 'Priya', last: 'Natarajan', role: 'Curator' },
  { first: 'Tom', last: 'Becker', role: 'Artisan' },
  { first: 'Aiko', last: 'Suzuki', role: 'Member' },
  { first: 'Liam', last: "O'Connor", role: 'Artisan' },
  { first: 'Sofia', last: 'Rossi', role: 'Member' },
  { first: 'Daniel', last: 'Kim', role: 'Artisan' },
  { first: 'Emma', last: 'Schmidt', role: 'Artisan' },
  { first: 'Noah', last: 'Williams', role: 'Member' },
  { first: 'Wei', last: 'Chen', role: 'Artisan' },
  { first: 'Olivia', last: 'Brown', role: 'Member', active: false },
  { first: 'Hiroshi', last: 'Yamamoto', role: 'Artisan' },
];

export interface OutputSeed {
  fileName: string;
  kind: 'csv' | 'json' | 'txt';
}

export interface WorkflowSeed {
  name: string;
  /** Index into USERS. */
  owner: number;
  /** Typical run time in seconds. */
  medianRunS: number;
  workerTag?: string;
  /** For the few that fail often, the percent of runs that end in Error (others: lifecycle's mix). */
  errorPercent?: number;
  outputs: OutputSeed[];
}

const csv = (fileName: string): OutputSeed => ({ fileName, kind: 'csv' });
const json = (fileName: string): OutputSeed => ({ fileName, kind: 'json' });
const log = (fileName = 'run_log.txt'): OutputSeed => ({ fileName, kind: 'txt' });

export const WORKFLOWS: readonly WorkflowSeed[] = [
  { name: 'Workflow1.yxmd', owner: 0, medianRunS: 4, outputs: [csv('output.csv')] },
  { name: 'Daily Sales Rollup.yxmd', owner: 1, medianRunS: 95, outputs: [csv('daily_sales.csv'), log()] },
  { name: 'GL Reconciliation.yxmd', owner: 1, medianRunS: 240, outputs: [csv('gl_breaks.csv'), json('gl_summary.json')] },
  { name: 'AR Aging Report', owner: 1, medianRunS: 60, outputs: [csv('ar_aging.csv')] },
  { name: 'Budget vs Actuals.yxmd', owner: 1, medianRunS: 150, outputs: [csv('bva.csv'), log()] },
  { name: '月次売上レポート.yxmd', owner: 2, medianRunS: 180, outputs: [csv('月次売上.csv')] },
  { name: 'Invoice Matching', owner: 2, medianRunS: 75, outputs: [csv('unmatched_invoices.csv'), log()] },
  { name: 'Tax Calculation.yxmd', owner: 2, medianRunS: 45, outputs: [csv('tax_lines.csv')] },
  { name: 'Payroll Export', owner: 2, medianRunS: 30, outputs: [csv('payroll.csv')] },
  { name: 'Inventory Sync', owner: 3, medianRunS: 20, errorPercent: 30, outputs: [json('inventory_delta.json')] },
  { name: '在庫引当チェック', owner: 3, medianRunS: 55, outputs: [csv('allocation_issues.csv')] },
  {
    name: 'Customer Churn Model.yxmd',
    owner: 4,
    medianRunS: 900,
    workerTag: 'gpu',
    outputs: [csv('churn_scores.csv'), log('model_log.txt')],
  },
  { name: 'Churn Features', owner: 4, medianRunS: 300, outputs: [csv('churn_features.csv')] },
  { name: 'Marketing Attribution.yxmd', owner: 5, medianRunS: 420, outputs: [csv('attribution.csv'), json('channels.json')] },
  { name: 'Web Traffic Cleanse', owner: 6, medianRunS: 35, outputs: [csv('sessions_clean.csv')] },
  { name: 'Supplier Scorecard.yxmd', owner: 6, medianRunS: 65, outputs: [csv('supplier_scores.csv')] },
  { name: 'Fraud Screening', owner: 8, medianRunS: 25, workerTag: 'high-mem', outputs: [csv('flagged_transactions.csv')] },
  { name: 'Store Clustering.yxmd', owner: 8, medianRunS: 600, outputs: [csv('store_clusters.csv')] },
  { name: 'Demand Forecast - Weekly.yxmd', owner: 10, medianRunS: 1500, workerTag: 'gpu', outputs: [csv('forecast.csv'), log()] },
  { name: 'HR Headcount', owner: 11, medianRunS: 15, outputs: [csv('headcount.csv')] },
  { name: 'Price Elasticity.yxmd', owner: 10, medianRunS: 720, outputs: [csv('elasticity.csv')] },
  { name: '顧客セグメント分析', owner: 15, medianRunS: 330, outputs: [csv('segments.csv')] },
  { name: 'Claims Triage.yxmd', owner: 13, medianRunS: 40, outputs: [csv('claims_queue.csv')] },
  { name: 'Data Quality Checks', owner: 5, medianRunS: 12, outputs: [json('dq_results.json'), log()] },
  { name: 'Tableau Extract Refresh.yxmd', owner: 11, medianRunS: 200, errorPercent: 38, outputs: [log('extract_log.txt')] },
  { name: 'Snowflake Load - Orders', owner: 13, medianRunS: 110, workerTag: 'high-mem', errorPercent: 34, outputs: [log('load_log.txt')] },
  { name: 'Salesforce Opportunity Sync.yxmd', owner: 6, medianRunS: 50, outputs: [json('opportunities.json')] },
  { name: 'Shipping Cost Allocation.yxmd', owner: 3, medianRunS: 85, outputs: [csv('shipping_alloc.csv')] },
  { name: 'Email Campaign List', owner: 7, medianRunS: 18, outputs: [csv('campaign_list.csv')] },
  { name: 'Vendor Master Cleanup', owner: 9, medianRunS: 70, outputs: [csv('vendor_master.csv'), log()] },
  { name: 'Sensor Anomaly Detection.yxmd', owner: 15, medianRunS: 480, workerTag: 'gpu', outputs: [csv('anomalies.csv')] },
  { name: '出荷実績集計.yxmd', owner: 15, medianRunS: 65, outputs: [csv('出荷実績.csv')] },
  { name: 'Loyalty Points Accrual', owner: 12, medianRunS: 95, outputs: [csv('points.csv')] },
  { name: 'Returns Analysis.yxmd', owner: 9, medianRunS: 140, outputs: [csv('returns.csv')] },
  { name: 'Daily FX Rates', owner: 0, medianRunS: 6, outputs: [json('fx_rates.json')] },
  { name: 'Contract Renewal Alerts.yxmd', owner: 14, medianRunS: 22, outputs: [csv('renewals_due.csv')] },
  { name: 'Capacity Planning', owner: 4, medianRunS: 360, outputs: [csv('capacity.csv')] },
  { name: 'Survey Text Mining.yxmd', owner: 7, medianRunS: 540, outputs: [csv('topics.csv'), log()] },
  { name: 'Warehouse Slotting.yxmd', owner: 12, medianRunS: 260, outputs: [csv('slotting.csv')] },
  { name: 'Quarterly Board Pack', owner: 5, medianRunS: 800, outputs: [csv('board_pack.csv'), json('kpis.json')] },
  { name: 'Territory Alignment.yxmd', owner: 10, medianRunS: 190, outputs: [csv('territories.csv')] },
  { name: 'Credit Risk Scoring', owner: 13, medianRunS: 310, outputs: [csv('risk_scores.csv')] },
  { name: 'Product Catalog Export.yxmd', owner: 11, medianRunS: 45, outputs: [csv('catalog.csv')] },
  { name: 'Call Center KPIs', owner: 14, medianRunS: 28, outputs: [csv('call_kpis.csv')] },
  { name: 'Energy Usage Rollup.yxmd', owner: 9, medianRunS: 120, outputs: [csv('energy.csv')] },
  { name: '経費精算チェック', owner: 7, medianRunS: 40, outputs: [csv('expense_exceptions.csv')] },
];

/**
 * The workflow of the seed's runaway: a reconciliation that takes minutes, run by hand and
 * stuck for more than a day, so it stands out against its own finished runs.
 */
export const RUNAWAY_WORKFLOW = 'GL Reconciliation.yxmd';

/** Collections share workflows, and so their scheduled jobs, among their members. */
export const COLLECTIONS: readonly { name: string; members: number[]; workflows: string[] }[] = [
  {
    name: 'Finance Shared',
    members: [1, 2, 3],
    workflows: ['Daily Sales Rollup.yxmd', 'GL Reconciliation.yxmd', '月次売上レポート.yxmd', 'Invoice Matching'],
  },
  {
    name: 'Ops Reporting',
    members: [4, 6, 10],
    workflows: ['Capacity Planning', 'Supplier Scorecard.yxmd', 'Price Elasticity.yxmd'],
  },
];

export const TOOL_NAMES = [
  'Input Data',
  'Select',
  'Filter',
  'Formula',
  'Join',
  'Summarize',
  'Sort',
  'Output Data',
  'Cross Tab',
  'Union',
  'Sample',
  'Data Cleansing',
  'Python',
  'Append Fields',
  'Multi-Row Formula',
  'Unique',
  'Dynamic Input',
  'Browse',
] as const;

export const INPUT_PATHS = [
  '\\\\fileserver\\finance\\ledger\\2026\\gl_detail.csv',
  '\\\\fileserver\\sales\\daily\\orders.yxdb',
  'C:\\Data\\crm\\accounts.xlsx|||`Sheet1$`',
  'aka:Snowflake_PROD|||SELECT * FROM ORDERS',
  'D:\\共有\\売上\\月次データ.xlsx',
  '\\\\fileserver\\ops\\sensors\\readings.csv',
  'odbc:DSN=SQLPROD|||dbo.Invoices',
];

export const PRIORITY_MIX = [
  ['Default', 26],
  ['Low', 24],
  ['Medium', 22],
  ['High', 12],
  ['Critical', 4],
  ['6', 6],
  ['2', 2],
  ['4', 1],
  ['10', 3],
] as const;
