import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import { enqueueStateChange } from './alarm-actions.js';
import type { StateValue } from './api.generated.js';
import { awsTimestamp } from './formats.js';
import { type AlarmRecord, type AlarmState, type HistoryRecord, alarmKey, alarms, history, historyKey } from './state.js';

let historySequence = 0;

export async function addHistory(tx: Transaction, alarm: AlarmRecord, item: Omit<HistoryRecord, 'alarmName' | 'alarmType'>): Promise<void> {
  historySequence = (historySequence + 1) % 1_000_000;
  await history(tx).put(historyKey(alarm.account, alarm.region, item.timestamp, historySequence), { alarmName: alarm.name, alarmType: alarm.type, ...item });
}

/**
 * Moves an alarm to a new state inside `tx`: the record, a StateUpdate history item, and the
 * actions and event the change causes, all committed together.
 */
export async function transition(deps: ServiceDeps, tx: Transaction, alarm: AlarmRecord, next: { value: StateValue; reason: string; reasonData?: string }, at: number): Promise<void> {
  const previous: AlarmState = alarm.state;
  const state: AlarmState = { value: next.value, reason: next.reason, updatedAt: at, transitionedAt: next.value !== previous.value ? at : previous.transitionedAt };
  if (next.reasonData !== undefined) state.reasonData = next.reasonData;
  const updated: AlarmRecord = { ...alarm, state };
  await alarms(tx).put(alarmKey(alarm.account, alarm.region, alarm.name), updated);
  const newState: Record<string, unknown> = { stateValue: state.value, stateReason: state.reason };
  if (state.reasonData) newState.stateReasonData = JSON.parse(state.reasonData) as unknown;
  await addHistory(tx, updated, {
    timestamp: at,
    historyItemType: 'StateUpdate',
    historySummary: `Alarm updated from ${previous.value} to ${state.value}`,
    historyData: JSON.stringify({ version: '1.0', oldState: { stateValue: previous.value, stateReason: previous.reason }, newState }),
  });
  for (const arn of await enqueueStateChange(deps, tx, updated, previous)) {
    await addHistory(tx, updated, {
      timestamp: at,
      historyItemType: 'Action',
      historySummary: `Successfully executed action ${arn}`,
      historyData: JSON.stringify({ actionState: 'Succeeded', stateUpdateTimestamp: at, notificationResource: arn, publishedMessage: { timestamp: awsTimestamp(at) } }),
    });
  }
}
