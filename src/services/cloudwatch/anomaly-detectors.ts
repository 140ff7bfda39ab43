import { createHash } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  AnomalyDetector, DeleteAnomalyDetectorInput, DeleteAnomalyDetectorOutput, DescribeAnomalyDetectorsInput, DescribeAnomalyDetectorsOutput,
  PutAnomalyDetectorInput, PutAnomalyDetectorOutput,
} from './api.generated.js';
import { invalidParameterCombination, invalidParameterValue, resourceNotFoundException } from './errors.js';
import { checkQueries } from './metric-queries.js';
import { type AnomalyDetectorRecord, anomalyDetectors, regionPrefix, sortDimensions } from './state.js';
import { isStatistic } from './statistics.js';

/** Anomaly detectors are stored and described; bands come from ANOMALY_DETECTION_BAND in metric math. */
export class AnomalyDetectors {
  constructor(private readonly deps: ServiceDeps) {}

  async putAnomalyDetector(input: PutAnomalyDetectorInput, context: CallContext): Promise<PutAnomalyDetectorOutput> {
    const record = recordOf(input, context);
    if (record.metricDataQueries) checkQueries(record.metricDataQueries, 'MetricMathAnomalyDetector.MetricDataQueries');
    else if (!record.namespace || !record.metricName || !record.stat) throw invalidParameterValue('Namespace, MetricName and Stat are required for a single metric anomaly detector.');
    else if (!isStatistic(record.stat)) throw invalidParameterValue(`The value ${record.stat} for parameter Stat is invalid.`);
    await anomalyDetectors(this.deps.store).put(detectorKey(record), record);
    return {};
  }

  async describeAnomalyDetectors(input: DescribeAnomalyDetectorsInput, context: CallContext): Promise<DescribeAnomalyDetectorsOutput> {
    const dimensions = input.Dimensions && JSON.stringify(sortDimensions(input.Dimensions));
    const types = input.AnomalyDetectorTypes ?? ['SINGLE_METRIC', 'METRIC_MATH'];
    const found = (await anomalyDetectors(this.deps.store).list({ prefix: regionPrefix(context.account, context.region) })).map((e) => e.value).filter((d) =>
      types.includes(d.metricDataQueries ? 'METRIC_MATH' : 'SINGLE_METRIC')
      && (input.Namespace === undefined || d.namespace === input.Namespace)
      && (input.MetricName === undefined || d.metricName === input.MetricName)
      && (dimensions === undefined || JSON.stringify(d.dimensions) === dimensions));
    const offset = input.NextToken ? Number(Buffer.from(input.NextToken, 'base64').toString()) || 0 : 0;
    const max = input.MaxResults ?? 100;
    const output: DescribeAnomalyDetectorsOutput = { AnomalyDetectors: found.slice(offset, offset + max).map(toView) };
    if (offset + max < found.length) output.NextToken = Buffer.from(String(offset + max)).toString('base64');
    return output;
  }

  async deleteAnomalyDetector(input: DeleteAnomalyDetectorInput, context: CallContext): Promise<DeleteAnomalyDetectorOutput> {
    const record = recordOf(input, context);
    if (!(await anomalyDetectors(this.deps.store).delete(detectorKey(record)))) throw resourceNotFoundException('This anomaly detection model does not exist');
    return {};
  }
}

function recordOf(input: PutAnomalyDetectorInput | DeleteAnomalyDetectorInput, context: CallContext): AnomalyDetectorRecord {
  const legacy = input.Namespace !== undefined || input.MetricName !== undefined || input.Stat !== undefined || input.Dimensions !== undefined;
  if (legacy && (input.SingleMetricAnomalyDetector || input.MetricMathAnomalyDetector)) {
    throw invalidParameterCombination('The top-level parameters are deprecated: use SingleMetricAnomalyDetector or MetricMathAnomalyDetector, not both.');
  }
  if (input.SingleMetricAnomalyDetector && input.MetricMathAnomalyDetector) {
    throw invalidParameterCombination('SingleMetricAnomalyDetector and MetricMathAnomalyDetector are mutually exclusive.');
  }
  const record: AnomalyDetectorRecord = { account: context.account, region: context.region };
  const single = input.SingleMetricAnomalyDetector ?? (legacy ? input : undefined);
  if (single) {
    Object.assign(record, { namespace: single.Namespace, metricName: single.MetricName, dimensions: sortDimensions(single.Dimensions), stat: single.Stat });
  } else if (input.MetricMathAnomalyDetector) {
    record.metricDataQueries = input.MetricMathAnomalyDetector.MetricDataQueries ?? [];
  }
  if ('Configuration' in input && input.Configuration) record.configuration = input.Configuration;
  if ('MetricCharacteristics' in input && input.MetricCharacteristics) record.metricCharacteristics = input.MetricCharacteristics;
  return record;
}

function detectorKey(record: AnomalyDetectorRecord): string {
  const identity = record.metricDataQueries ? JSON.stringify(record.metricDataQueries) : JSON.stringify([record.namespace, record.metricName, record.dimensions, record.stat]);
  return `${regionPrefix(record.account, record.region)}${createHash('sha256').update(identity).digest('hex').slice(0, 32)}`;
}

function toView(record: AnomalyDetectorRecord): AnomalyDetector {
  const view: AnomalyDetector = { StateValue: 'TRAINED_INSUFFICIENT_DATA' };
  if (record.metricDataQueries) {
    view.MetricMathAnomalyDetector = { MetricDataQueries: record.metricDataQueries };
  } else {
    Object.assign(view, { Namespace: record.namespace, MetricName: record.metricName, Dimensions: record.dimensions, Stat: record.stat });
    view.SingleMetricAnomalyDetector = { Namespace: record.namespace, MetricName: record.metricName, Dimensions: record.dimensions, Stat: record.stat };
  }
  if (record.configuration) view.Configuration = record.configuration as AnomalyDetector['Configuration'];
  if (record.metricCharacteristics) view.MetricCharacteristics = record.metricCharacteristics as AnomalyDetector['MetricCharacteristics'];
  return view;
}
