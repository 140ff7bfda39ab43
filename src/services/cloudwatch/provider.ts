import type { ServiceDeps } from '../service-deps.js';
import { AlarmConfigurations } from './alarm-config.js';
import type { AlarmEvaluator } from './alarm-evaluator.js';
import { AlarmHistory } from './alarm-history.js';
import { Alarms } from './alarms.js';
import { AnomalyDetectors } from './anomaly-detectors.js';
import type { CloudwatchOperations } from './api.generated.js';
import { Dashboards } from './dashboards.js';
import { MetricDataQueries } from './get-metric-data.js';
import { MetricStatistics } from './get-metric-statistics.js';
import { MetricList } from './list-metrics.js';
import type { MetricData } from './metric-data.js';
import { Tags } from './tags.js';

type Served =
  | 'putMetricData' | 'listMetrics' | 'getMetricStatistics' | 'getMetricData'
  | 'putMetricAlarm' | 'putCompositeAlarm' | 'describeAlarms' | 'describeAlarmsForMetric' | 'deleteAlarms'
  | 'enableAlarmActions' | 'disableAlarmActions' | 'setAlarmState' | 'describeAlarmHistory'
  | 'putAnomalyDetector' | 'describeAnomalyDetectors' | 'deleteAnomalyDetector'
  | 'putDashboard' | 'getDashboard' | 'listDashboards' | 'deleteDashboards'
  | 'tagResource' | 'untagResource' | 'listTagsForResource';

/** CloudWatch: each operation answered by the part of the service it belongs to. */
export function createCloudWatchProvider(deps: ServiceDeps, metricData: MetricData, evaluator: AlarmEvaluator): Pick<CloudwatchOperations, Served> {
  const list = new MetricList(deps);
  const statistics = new MetricStatistics(deps);
  const queries = new MetricDataQueries(deps);
  const configurations = new AlarmConfigurations(deps);
  const alarms = new Alarms(deps, evaluator);
  const history = new AlarmHistory(deps);
  const detectors = new AnomalyDetectors(deps);
  const dashboards = new Dashboards(deps);
  const tags = new Tags(deps);
  return {
    putMetricData: (input, context) => metricData.putMetricData(input, context),
    listMetrics: (input, context) => list.listMetrics(input, context),
    getMetricStatistics: (input, context) => statistics.getMetricStatistics(input, context),
    getMetricData: (input, context) => queries.getMetricData(input, context),
    putMetricAlarm: (input, context) => configurations.putMetricAlarm(input, context),
    putCompositeAlarm: (input, context) => configurations.putCompositeAlarm(input, context),
    describeAlarms: (input, context) => alarms.describeAlarms(input, context),
    describeAlarmsForMetric: (input, context) => alarms.describeAlarmsForMetric(input, context),
    deleteAlarms: (input, context) => alarms.deleteAlarms(input, context),
    enableAlarmActions: (input, context) => alarms.enableAlarmActions(input, context),
    disableAlarmActions: (input, context) => alarms.disableAlarmActions(input, context),
    setAlarmState: (input, context) => alarms.setAlarmState(input, context),
    describeAlarmHistory: (input, context) => history.describeAlarmHistory(input, context),
    putAnomalyDetector: (input, context) => detectors.putAnomalyDetector(input, context),
    describeAnomalyDetectors: (input, context) => detectors.describeAnomalyDetectors(input, context),
    deleteAnomalyDetector: (input, context) => detectors.deleteAnomalyDetector(input, context),
    putDashboard: (input, context) => dashboards.putDashboard(input, context),
    getDashboard: (input, context) => dashboards.getDashboard(input, context),
    listDashboards: (input, context) => dashboards.listDashboards(input, context),
    deleteDashboards: (input, context) => dashboards.deleteDashboards(input, context),
    tagResource: (input, context) => tags.tagResource(input, context),
    untagResource: (input, context) => tags.untagResource(input, context),
    listTagsForResource: (input, context) => tags.listTagsForResource(input, context),
  };
}
