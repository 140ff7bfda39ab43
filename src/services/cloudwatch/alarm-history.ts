import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { AlarmHistoryItem, DescribeAlarmHistoryInput, DescribeAlarmHistoryOutput } from './api.generated.js';
import { invalidNextToken } from './errors.js';
import { history, regionPrefix } from './state.js';

/** DescribeAlarmHistory: configuration updates, state updates and actions, newest first by default. */
export class AlarmHistory {
  constructor(private readonly deps: ServiceDeps) {}

  async describeAlarmHistory(input: DescribeAlarmHistoryInput, context: CallContext): Promise<DescribeAlarmHistoryOutput> {
    const types = input.AlarmTypes ?? ['MetricAlarm'];
    const start = input.StartDate?.getTime() ?? -Infinity;
    const end = input.EndDate?.getTime() ?? Infinity;
    let items = (await history(this.deps.store).list({ prefix: regionPrefix(context.account, context.region) }))
      .map(({ value }) => value)
      .filter((item) => (input.AlarmName === undefined || item.alarmName === input.AlarmName)
        && types.includes(item.alarmType)
        && (input.HistoryItemType === undefined || item.historyItemType === input.HistoryItemType)
        && item.timestamp >= start && item.timestamp <= end);
    if ((input.ScanBy ?? 'TimestampDescending') === 'TimestampDescending') items = items.reverse();
    const offset = input.NextToken === undefined ? 0 : decode(input.NextToken);
    const max = input.MaxRecords ?? 100;
    const page = items.slice(offset, offset + max);
    const output: DescribeAlarmHistoryOutput = {
      AlarmHistoryItems: page.map((item): AlarmHistoryItem => ({
        AlarmName: item.alarmName,
        AlarmType: item.alarmType,
        Timestamp: new Date(item.timestamp),
        HistoryItemType: item.historyItemType,
        HistorySummary: item.historySummary,
        HistoryData: item.historyData,
      })),
    };
    if (offset + max < items.length) output.NextToken = Buffer.from(String(offset + max)).toString('base64');
    return output;
  }
}

function decode(token: string): number {
  const offset = Number(Buffer.from(token, 'base64').toString('utf8'));
  if (!Number.isInteger(offset) || offset < 0) throw invalidNextToken();
  return offset;
}
