// Generated from models/cloudwatch.json by scripts/generate-api.ts. Do not edit.
import type { CallContext } from '../../common/call-context.js';

export interface DeleteAlarmMuteRuleInput {
  "AlarmMuteRuleName": string;
}

export interface DeleteAlarmsInput {
  "AlarmNames": Array<string>;
}

export interface Dimension {
  "Name": string;
  "Value": string;
}

export interface SingleMetricAnomalyDetector {
  "AccountId"?: string;
  "Namespace"?: string;
  "MetricName"?: string;
  "Dimensions"?: Array<Dimension>;
  "Stat"?: string;
}

export interface Metric {
  "Namespace"?: string;
  "MetricName"?: string;
  "Dimensions"?: Array<Dimension>;
}

export type StandardUnit = "Seconds" | "Microseconds" | "Milliseconds" | "Bytes" | "Kilobytes" | "Megabytes" | "Gigabytes" | "Terabytes" | "Bits" | "Kilobits" | "Megabits" | "Gigabits" | "Terabits" | "Percent" | "Count" | "Bytes/Second" | "Kilobytes/Second" | "Megabytes/Second" | "Gigabytes/Second" | "Terabytes/Second" | "Bits/Second" | "Kilobits/Second" | "Megabits/Second" | "Gigabits/Second" | "Terabits/Second" | "Count/Second" | "None";

export interface MetricStat {
  "Metric": Metric;
  "Period": number;
  "Stat": string;
  "Unit"?: StandardUnit;
}

export interface MetricDataQuery {
  "Id": string;
  "MetricStat"?: MetricStat;
  "Expression"?: string;
  "Label"?: string;
  "ReturnData"?: boolean;
  "Period"?: number;
  "AccountId"?: string;
}

export interface MetricMathAnomalyDetector {
  "MetricDataQueries"?: Array<MetricDataQuery>;
}

export interface DeleteAnomalyDetectorInput {
  "Namespace"?: string;
  "MetricName"?: string;
  "Dimensions"?: Array<Dimension>;
  "Stat"?: string;
  "SingleMetricAnomalyDetector"?: SingleMetricAnomalyDetector;
  "MetricMathAnomalyDetector"?: MetricMathAnomalyDetector;
}

export interface DeleteAnomalyDetectorOutput {

}

export interface DeleteDashboardsInput {
  "DashboardNames": Array<string>;
}

export interface DeleteDashboardsOutput {

}

export interface DeleteInsightRulesInput {
  "RuleNames": Array<string>;
}

export interface PartialFailure {
  "FailureResource"?: string;
  "ExceptionType"?: string;
  "FailureCode"?: string;
  "FailureDescription"?: string;
}

export interface DeleteInsightRulesOutput {
  "Failures"?: Array<PartialFailure>;
}

export interface DeleteMetricStreamInput {
  "Name": string;
}

export interface DeleteMetricStreamOutput {

}

export interface DescribeAlarmContributorsInput {
  "AlarmName": string;
  "NextToken"?: string;
}

export interface AlarmContributor {
  "ContributorId": string;
  "ContributorAttributes": Record<string, string>;
  "StateReason": string;
  "StateTransitionedTimestamp"?: Date;
}

export interface DescribeAlarmContributorsOutput {
  "AlarmContributors": Array<AlarmContributor>;
  "NextToken"?: string;
}

export type AlarmType = "CompositeAlarm" | "MetricAlarm";

export type HistoryItemType = "ConfigurationUpdate" | "StateUpdate" | "Action" | "AlarmContributorStateUpdate" | "AlarmContributorAction";

export type ScanBy = "TimestampDescending" | "TimestampAscending";

export interface DescribeAlarmHistoryInput {
  "AlarmName"?: string;
  "AlarmContributorId"?: string;
  "AlarmTypes"?: Array<AlarmType>;
  "HistoryItemType"?: HistoryItemType;
  "StartDate"?: Date;
  "EndDate"?: Date;
  "MaxRecords"?: number;
  "NextToken"?: string;
  "ScanBy"?: ScanBy;
}

export interface AlarmHistoryItem {
  "AlarmName"?: string;
  "AlarmContributorId"?: string;
  "AlarmType"?: AlarmType;
  "Timestamp"?: Date;
  "HistoryItemType"?: HistoryItemType;
  "HistorySummary"?: string;
  "HistoryData"?: string;
  "AlarmContributorAttributes"?: Record<string, string>;
}

export interface DescribeAlarmHistoryOutput {
  "AlarmHistoryItems"?: Array<AlarmHistoryItem>;
  "NextToken"?: string;
}

export type StateValue = "OK" | "ALARM" | "INSUFFICIENT_DATA";

export interface DescribeAlarmsInput {
  "AlarmNames"?: Array<string>;
  "AlarmNamePrefix"?: string;
  "AlarmTypes"?: Array<AlarmType>;
  "ChildrenOfAlarmName"?: string;
  "ParentsOfAlarmName"?: string;
  "StateValue"?: StateValue;
  "ActionPrefix"?: string;
  "MaxRecords"?: number;
  "NextToken"?: string;
}

export type ActionsSuppressedBy = "WaitPeriod" | "ExtensionPeriod" | "Alarm";

export interface CompositeAlarm {
  "ActionsEnabled"?: boolean;
  "AlarmActions"?: Array<string>;
  "AlarmArn"?: string;
  "AlarmConfigurationUpdatedTimestamp"?: Date;
  "AlarmDescription"?: string;
  "AlarmName"?: string;
  "AlarmRule"?: string;
  "InsufficientDataActions"?: Array<string>;
  "OKActions"?: Array<string>;
  "StateReason"?: string;
  "StateReasonData"?: string;
  "StateUpdatedTimestamp"?: Date;
  "StateValue"?: StateValue;
  "StateTransitionedTimestamp"?: Date;
  "ActionsSuppressedBy"?: ActionsSuppressedBy;
  "ActionsSuppressedReason"?: string;
  "ActionsSuppressor"?: string;
  "ActionsSuppressorWaitPeriod"?: number;
  "ActionsSuppressorExtensionPeriod"?: number;
}

export type Statistic = "SampleCount" | "Average" | "Sum" | "Minimum" | "Maximum";

export type ComparisonOperator = "GreaterThanOrEqualToThreshold" | "GreaterThanThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold" | "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold";

export type EvaluationState = "PARTIAL_DATA" | "EVALUATION_FAILURE" | "EVALUATION_ERROR";

export interface AlarmPromQLCriteria {
  "Query": string;
  "PendingPeriod"?: number;
  "RecoveryPeriod"?: number;
}

export interface EvaluationCriteria {
  "PromQLCriteria"?: AlarmPromQLCriteria;
}

export interface MetricAlarm {
  "AlarmName"?: string;
  "AlarmArn"?: string;
  "AlarmDescription"?: string;
  "AlarmConfigurationUpdatedTimestamp"?: Date;
  "ActionsEnabled"?: boolean;
  "OKActions"?: Array<string>;
  "AlarmActions"?: Array<string>;
  "InsufficientDataActions"?: Array<string>;
  "StateValue"?: StateValue;
  "StateReason"?: string;
  "StateReasonData"?: string;
  "StateUpdatedTimestamp"?: Date;
  "MetricName"?: string;
  "Namespace"?: string;
  "Statistic"?: Statistic;
  "ExtendedStatistic"?: string;
  "Dimensions"?: Array<Dimension>;
  "Period"?: number;
  "Unit"?: StandardUnit;
  "EvaluationPeriods"?: number;
  "DatapointsToAlarm"?: number;
  "Threshold"?: number;
  "ComparisonOperator"?: ComparisonOperator;
  "TreatMissingData"?: string;
  "EvaluateLowSampleCountPercentile"?: string;
  "Metrics"?: Array<MetricDataQuery>;
  "ThresholdMetricId"?: string;
  "EvaluationState"?: EvaluationState;
  "StateTransitionedTimestamp"?: Date;
  "EvaluationCriteria"?: EvaluationCriteria;
  "EvaluationInterval"?: number;
}

export interface DescribeAlarmsOutput {
  "CompositeAlarms"?: Array<CompositeAlarm>;
  "MetricAlarms"?: Array<MetricAlarm>;
  "NextToken"?: string;
}

export interface DescribeAlarmsForMetricInput {
  "MetricName": string;
  "Namespace": string;
  "Statistic"?: Statistic;
  "ExtendedStatistic"?: string;
  "Dimensions"?: Array<Dimension>;
  "Period"?: number;
  "Unit"?: StandardUnit;
}

export interface DescribeAlarmsForMetricOutput {
  "MetricAlarms"?: Array<MetricAlarm>;
}

export type AnomalyDetectorType = "SINGLE_METRIC" | "METRIC_MATH";

export interface DescribeAnomalyDetectorsInput {
  "NextToken"?: string;
  "MaxResults"?: number;
  "Namespace"?: string;
  "MetricName"?: string;
  "Dimensions"?: Array<Dimension>;
  "AnomalyDetectorTypes"?: Array<AnomalyDetectorType>;
}

export interface Range {
  "StartTime": Date;
  "EndTime": Date;
}

export interface AnomalyDetectorConfiguration {
  "ExcludedTimeRanges"?: Array<Range>;
  "MetricTimezone"?: string;
}

export type AnomalyDetectorStateValue = "PENDING_TRAINING" | "TRAINED_INSUFFICIENT_DATA" | "TRAINED";

export interface MetricCharacteristics {
  "PeriodicSpikes"?: boolean;
}

export interface AnomalyDetector {
  "Namespace"?: string;
  "MetricName"?: string;
  "Dimensions"?: Array<Dimension>;
  "Stat"?: string;
  "Configuration"?: AnomalyDetectorConfiguration;
  "StateValue"?: AnomalyDetectorStateValue;
  "MetricCharacteristics"?: MetricCharacteristics;
  "SingleMetricAnomalyDetector"?: SingleMetricAnomalyDetector;
  "MetricMathAnomalyDetector"?: MetricMathAnomalyDetector;
}

export interface DescribeAnomalyDetectorsOutput {
  "AnomalyDetectors"?: Array<AnomalyDetector>;
  "NextToken"?: string;
}

export interface DescribeInsightRulesInput {
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface InsightRule {
  "Name": string;
  "State": string;
  "Schema": string;
  "Definition": string;
  "ManagedRule"?: boolean;
  "ApplyOnTransformedLogs"?: boolean;
}

export interface DescribeInsightRulesOutput {
  "NextToken"?: string;
  "InsightRules"?: Array<InsightRule>;
}

export interface DisableAlarmActionsInput {
  "AlarmNames": Array<string>;
}

export interface DisableInsightRulesInput {
  "RuleNames": Array<string>;
}

export interface DisableInsightRulesOutput {
  "Failures"?: Array<PartialFailure>;
}

export interface EnableAlarmActionsInput {
  "AlarmNames": Array<string>;
}

export interface EnableInsightRulesInput {
  "RuleNames": Array<string>;
}

export interface EnableInsightRulesOutput {
  "Failures"?: Array<PartialFailure>;
}

export interface GetAlarmMuteRuleInput {
  "AlarmMuteRuleName": string;
}

export interface Schedule {
  "Expression": string;
  "Duration": string;
  "Timezone"?: string;
}

export interface Rule {
  "Schedule": Schedule;
}

export interface MuteTargets {
  "AlarmNames": Array<string>;
}

export type AlarmMuteRuleStatus = "SCHEDULED" | "ACTIVE" | "EXPIRED";

export interface GetAlarmMuteRuleOutput {
  "Name"?: string;
  "AlarmMuteRuleArn"?: string;
  "Description"?: string;
  "Rule"?: Rule;
  "MuteTargets"?: MuteTargets;
  "StartDate"?: Date;
  "ExpireDate"?: Date;
  "Status"?: AlarmMuteRuleStatus;
  "LastUpdatedTimestamp"?: Date;
  "MuteType"?: string;
}

export interface GetDashboardInput {
  "DashboardName": string;
}

export interface GetDashboardOutput {
  "DashboardArn"?: string;
  "DashboardBody"?: string;
  "DashboardName"?: string;
}

export interface GetInsightRuleReportInput {
  "RuleName": string;
  "StartTime": Date;
  "EndTime": Date;
  "Period": number;
  "MaxContributorCount"?: number;
  "Metrics"?: Array<string>;
  "OrderBy"?: string;
}

export interface InsightRuleContributorDatapoint {
  "Timestamp": Date;
  "ApproximateValue": number;
}

export interface InsightRuleContributor {
  "Keys": Array<string>;
  "ApproximateAggregateValue": number;
  "Datapoints": Array<InsightRuleContributorDatapoint>;
}

export interface InsightRuleMetricDatapoint {
  "Timestamp": Date;
  "UniqueContributors"?: number;
  "MaxContributorValue"?: number;
  "SampleCount"?: number;
  "Average"?: number;
  "Sum"?: number;
  "Minimum"?: number;
  "Maximum"?: number;
}

export interface GetInsightRuleReportOutput {
  "KeyLabels"?: Array<string>;
  "AggregationStatistic"?: string;
  "AggregateValue"?: number;
  "ApproximateUniqueCount"?: number;
  "Contributors"?: Array<InsightRuleContributor>;
  "MetricDatapoints"?: Array<InsightRuleMetricDatapoint>;
}

export interface LabelOptions {
  "Timezone"?: string;
}

export interface GetMetricDataInput {
  "MetricDataQueries": Array<MetricDataQuery>;
  "StartTime": Date;
  "EndTime": Date;
  "NextToken"?: string;
  "ScanBy"?: ScanBy;
  "MaxDatapoints"?: number;
  "LabelOptions"?: LabelOptions;
}

export type StatusCode = "Complete" | "InternalError" | "PartialData" | "Forbidden";

export interface MessageData {
  "Code"?: string;
  "Value"?: string;
}

export interface MetricDataResult {
  "Id"?: string;
  "Label"?: string;
  "Timestamps"?: Array<Date>;
  "Values"?: Array<number>;
  "StatusCode"?: StatusCode;
  "Messages"?: Array<MessageData>;
}

export interface GetMetricDataOutput {
  "MetricDataResults"?: Array<MetricDataResult>;
  "NextToken"?: string;
  "Messages"?: Array<MessageData>;
}

export interface GetMetricStatisticsInput {
  "Namespace": string;
  "MetricName": string;
  "Dimensions"?: Array<Dimension>;
  "StartTime": Date;
  "EndTime": Date;
  "Period": number;
  "Statistics"?: Array<Statistic>;
  "ExtendedStatistics"?: Array<string>;
  "Unit"?: StandardUnit;
}

export interface Datapoint {
  "Timestamp"?: Date;
  "SampleCount"?: number;
  "Average"?: number;
  "Sum"?: number;
  "Minimum"?: number;
  "Maximum"?: number;
  "Unit"?: StandardUnit;
  "ExtendedStatistics"?: Record<string, number>;
}

export interface GetMetricStatisticsOutput {
  "Label"?: string;
  "Datapoints"?: Array<Datapoint>;
}

export interface GetMetricStreamInput {
  "Name": string;
}

export interface MetricStreamFilter {
  "Namespace"?: string;
  "MetricNames"?: Array<string>;
}

export type MetricStreamOutputFormat = "json" | "opentelemetry0.7" | "opentelemetry1.0";

export interface MetricStreamStatisticsMetric {
  "Namespace": string;
  "MetricName": string;
}

export interface MetricStreamStatisticsConfiguration {
  "IncludeMetrics": Array<MetricStreamStatisticsMetric>;
  "AdditionalStatistics": Array<string>;
}

export interface GetMetricStreamOutput {
  "Arn"?: string;
  "Name"?: string;
  "IncludeFilters"?: Array<MetricStreamFilter>;
  "ExcludeFilters"?: Array<MetricStreamFilter>;
  "FirehoseArn"?: string;
  "RoleArn"?: string;
  "State"?: string;
  "CreationDate"?: Date;
  "LastUpdateDate"?: Date;
  "OutputFormat"?: MetricStreamOutputFormat;
  "StatisticsConfigurations"?: Array<MetricStreamStatisticsConfiguration>;
  "IncludeLinkedAccountsMetrics"?: boolean;
}

export interface GetMetricWidgetImageInput {
  "MetricWidget": string;
  "OutputFormat"?: string;
}

export interface GetMetricWidgetImageOutput {
  "MetricWidgetImage"?: Uint8Array;
}

export interface GetOTelEnrichmentInput {

}

export type OTelEnrichmentStatus = "Running" | "Stopped";

export interface GetOTelEnrichmentOutput {
  "Status": OTelEnrichmentStatus;
}

export interface ListAlarmMuteRulesInput {
  "AlarmName"?: string;
  "Statuses"?: Array<AlarmMuteRuleStatus>;
  "MaxRecords"?: number;
  "NextToken"?: string;
}

export interface AlarmMuteRuleSummary {
  "AlarmMuteRuleArn"?: string;
  "ExpireDate"?: Date;
  "Status"?: AlarmMuteRuleStatus;
  "MuteType"?: string;
  "LastUpdatedTimestamp"?: Date;
}

export interface ListAlarmMuteRulesOutput {
  "AlarmMuteRuleSummaries"?: Array<AlarmMuteRuleSummary>;
  "NextToken"?: string;
}

export interface ListDashboardsInput {
  "DashboardNamePrefix"?: string;
  "NextToken"?: string;
}

export interface DashboardEntry {
  "DashboardName"?: string;
  "DashboardArn"?: string;
  "LastModified"?: Date;
  "Size"?: number;
}

export interface ListDashboardsOutput {
  "DashboardEntries"?: Array<DashboardEntry>;
  "NextToken"?: string;
}

export interface ListManagedInsightRulesInput {
  "ResourceARN": string;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface ManagedRuleState {
  "RuleName": string;
  "State": string;
}

export interface ManagedRuleDescription {
  "TemplateName"?: string;
  "ResourceARN"?: string;
  "RuleState"?: ManagedRuleState;
}

export interface ListManagedInsightRulesOutput {
  "ManagedRules"?: Array<ManagedRuleDescription>;
  "NextToken"?: string;
}

export interface ListMetricStreamsInput {
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface MetricStreamEntry {
  "Arn"?: string;
  "CreationDate"?: Date;
  "LastUpdateDate"?: Date;
  "Name"?: string;
  "FirehoseArn"?: string;
  "State"?: string;
  "OutputFormat"?: MetricStreamOutputFormat;
}

export interface ListMetricStreamsOutput {
  "NextToken"?: string;
  "Entries"?: Array<MetricStreamEntry>;
}

export interface DimensionFilter {
  "Name": string;
  "Value"?: string;
}

export type RecentlyActive = "PT3H";

export interface ListMetricsInput {
  "Namespace"?: string;
  "MetricName"?: string;
  "Dimensions"?: Array<DimensionFilter>;
  "NextToken"?: string;
  "RecentlyActive"?: RecentlyActive;
  "IncludeLinkedAccounts"?: boolean;
  "OwningAccount"?: string;
}

export interface ListMetricsOutput {
  "Metrics"?: Array<Metric>;
  "NextToken"?: string;
  "OwningAccounts"?: Array<string>;
}

export interface ListTagsForResourceInput {
  "ResourceARN": string;
}

export interface Tag {
  "Key": string;
  "Value": string;
}

export interface ListTagsForResourceOutput {
  "Tags"?: Array<Tag>;
}

export interface PutAlarmMuteRuleInput {
  "Name": string;
  "Description"?: string;
  "Rule": Rule;
  "MuteTargets"?: MuteTargets;
  "Tags"?: Array<Tag>;
  "StartDate"?: Date;
  "ExpireDate"?: Date;
}

export interface PutAnomalyDetectorInput {
  "Namespace"?: string;
  "MetricName"?: string;
  "Dimensions"?: Array<Dimension>;
  "Stat"?: string;
  "Configuration"?: AnomalyDetectorConfiguration;
  "MetricCharacteristics"?: MetricCharacteristics;
  "SingleMetricAnomalyDetector"?: SingleMetricAnomalyDetector;
  "MetricMathAnomalyDetector"?: MetricMathAnomalyDetector;
}

export interface PutAnomalyDetectorOutput {

}

export interface PutCompositeAlarmInput {
  "ActionsEnabled"?: boolean;
  "AlarmActions"?: Array<string>;
  "AlarmDescription"?: string;
  "AlarmName": string;
  "AlarmRule": string;
  "InsufficientDataActions"?: Array<string>;
  "OKActions"?: Array<string>;
  "Tags"?: Array<Tag>;
  "ActionsSuppressor"?: string;
  "ActionsSuppressorWaitPeriod"?: number;
  "ActionsSuppressorExtensionPeriod"?: number;
}

export interface PutDashboardInput {
  "DashboardName": string;
  "DashboardBody": string;
  "Tags"?: Array<Tag>;
}

export interface DashboardValidationMessage {
  "DataPath"?: string;
  "Message"?: string;
}

export interface PutDashboardOutput {
  "DashboardValidationMessages"?: Array<DashboardValidationMessage>;
}

export interface PutInsightRuleInput {
  "RuleName": string;
  "RuleState"?: string;
  "RuleDefinition": string;
  "Tags"?: Array<Tag>;
  "ApplyOnTransformedLogs"?: boolean;
}

export interface PutInsightRuleOutput {

}

export interface ManagedRule {
  "TemplateName": string;
  "ResourceARN": string;
  "Tags"?: Array<Tag>;
}

export interface PutManagedInsightRulesInput {
  "ManagedRules": Array<ManagedRule>;
}

export interface PutManagedInsightRulesOutput {
  "Failures"?: Array<PartialFailure>;
}

export interface PutMetricAlarmInput {
  "AlarmName": string;
  "AlarmDescription"?: string;
  "ActionsEnabled"?: boolean;
  "OKActions"?: Array<string>;
  "AlarmActions"?: Array<string>;
  "InsufficientDataActions"?: Array<string>;
  "MetricName"?: string;
  "Namespace"?: string;
  "Statistic"?: Statistic;
  "ExtendedStatistic"?: string;
  "Dimensions"?: Array<Dimension>;
  "Period"?: number;
  "Unit"?: StandardUnit;
  "EvaluationPeriods"?: number;
  "DatapointsToAlarm"?: number;
  "Threshold"?: number;
  "ComparisonOperator"?: ComparisonOperator;
  "TreatMissingData"?: string;
  "EvaluateLowSampleCountPercentile"?: string;
  "Metrics"?: Array<MetricDataQuery>;
  "Tags"?: Array<Tag>;
  "ThresholdMetricId"?: string;
  "EvaluationCriteria"?: EvaluationCriteria;
  "EvaluationInterval"?: number;
}

export interface StatisticSet {
  "SampleCount": number;
  "Sum": number;
  "Minimum": number;
  "Maximum": number;
}

export interface MetricDatum {
  "MetricName": string;
  "Dimensions"?: Array<Dimension>;
  "Timestamp"?: Date;
  "Value"?: number;
  "StatisticValues"?: StatisticSet;
  "Values"?: Array<number>;
  "Counts"?: Array<number>;
  "Unit"?: StandardUnit;
  "StorageResolution"?: number;
}

export interface Entity {
  "KeyAttributes"?: Record<string, string>;
  "Attributes"?: Record<string, string>;
}

export interface EntityMetricData {
  "Entity"?: Entity;
  "MetricData"?: Array<MetricDatum>;
}

export interface PutMetricDataInput {
  "Namespace": string;
  "MetricData"?: Array<MetricDatum>;
  "EntityMetricData"?: Array<EntityMetricData>;
  "StrictEntityValidation"?: boolean;
}

export interface PutMetricStreamInput {
  "Name": string;
  "IncludeFilters"?: Array<MetricStreamFilter>;
  "ExcludeFilters"?: Array<MetricStreamFilter>;
  "FirehoseArn": string;
  "RoleArn": string;
  "OutputFormat": MetricStreamOutputFormat;
  "Tags"?: Array<Tag>;
  "StatisticsConfigurations"?: Array<MetricStreamStatisticsConfiguration>;
  "IncludeLinkedAccountsMetrics"?: boolean;
}

export interface PutMetricStreamOutput {
  "Arn"?: string;
}

export interface SetAlarmStateInput {
  "AlarmName": string;
  "StateValue": StateValue;
  "StateReason": string;
  "StateReasonData"?: string;
}

export interface StartMetricStreamsInput {
  "Names": Array<string>;
}

export interface StartMetricStreamsOutput {

}

export interface StartOTelEnrichmentInput {

}

export interface StartOTelEnrichmentOutput {

}

export interface StopMetricStreamsInput {
  "Names": Array<string>;
}

export interface StopMetricStreamsOutput {

}

export interface StopOTelEnrichmentInput {

}

export interface StopOTelEnrichmentOutput {

}

export interface TagResourceInput {
  "ResourceARN": string;
  "Tags": Array<Tag>;
}

export interface TagResourceOutput {

}

export interface UntagResourceInput {
  "ResourceARN": string;
  "TagKeys": Array<string>;
}

export interface UntagResourceOutput {

}

/** Every operation of the CloudWatch model; a provider implements the ones Nimbus serves. */
export interface CloudwatchOperations {
  deleteAlarmMuteRule(input: DeleteAlarmMuteRuleInput, context: CallContext): Promise<void>;
  deleteAlarms(input: DeleteAlarmsInput, context: CallContext): Promise<void>;
  deleteAnomalyDetector(input: DeleteAnomalyDetectorInput, context: CallContext): Promise<DeleteAnomalyDetectorOutput>;
  deleteDashboards(input: DeleteDashboardsInput, context: CallContext): Promise<DeleteDashboardsOutput>;
  deleteInsightRules(input: DeleteInsightRulesInput, context: CallContext): Promise<DeleteInsightRulesOutput>;
  deleteMetricStream(input: DeleteMetricStreamInput, context: CallContext): Promise<DeleteMetricStreamOutput>;
  describeAlarmContributors(input: DescribeAlarmContributorsInput, context: CallContext): Promise<DescribeAlarmContributorsOutput>;
  describeAlarmHistory(input: DescribeAlarmHistoryInput, context: CallContext): Promise<DescribeAlarmHistoryOutput>;
  describeAlarms(input: DescribeAlarmsInput, context: CallContext): Promise<DescribeAlarmsOutput>;
  describeAlarmsForMetric(input: DescribeAlarmsForMetricInput, context: CallContext): Promise<DescribeAlarmsForMetricOutput>;
  describeAnomalyDetectors(input: DescribeAnomalyDetectorsInput, context: CallContext): Promise<DescribeAnomalyDetectorsOutput>;
  describeInsightRules(input: DescribeInsightRulesInput, context: CallContext): Promise<DescribeInsightRulesOutput>;
  disableAlarmActions(input: DisableAlarmActionsInput, context: CallContext): Promise<void>;
  disableInsightRules(input: DisableInsightRulesInput, context: CallContext): Promise<DisableInsightRulesOutput>;
  enableAlarmActions(input: EnableAlarmActionsInput, context: CallContext): Promise<void>;
  enableInsightRules(input: EnableInsightRulesInput, context: CallContext): Promise<EnableInsightRulesOutput>;
  getAlarmMuteRule(input: GetAlarmMuteRuleInput, context: CallContext): Promise<GetAlarmMuteRuleOutput>;
  getDashboard(input: GetDashboardInput, context: CallContext): Promise<GetDashboardOutput>;
  getInsightRuleReport(input: GetInsightRuleReportInput, context: CallContext): Promise<GetInsightRuleReportOutput>;
  getMetricData(input: GetMetricDataInput, context: CallContext): Promise<GetMetricDataOutput>;
  getMetricStatistics(input: GetMetricStatisticsInput, context: CallContext): Promise<GetMetricStatisticsOutput>;
  getMetricStream(input: GetMetricStreamInput, context: CallContext): Promise<GetMetricStreamOutput>;
  getMetricWidgetImage(input: GetMetricWidgetImageInput, context: CallContext): Promise<GetMetricWidgetImageOutput>;
  getOTelEnrichment(input: GetOTelEnrichmentInput, context: CallContext): Promise<GetOTelEnrichmentOutput>;
  listAlarmMuteRules(input: ListAlarmMuteRulesInput, context: CallContext): Promise<ListAlarmMuteRulesOutput>;
  listDashboards(input: ListDashboardsInput, context: CallContext): Promise<ListDashboardsOutput>;
  listManagedInsightRules(input: ListManagedInsightRulesInput, context: CallContext): Promise<ListManagedInsightRulesOutput>;
  listMetricStreams(input: ListMetricStreamsInput, context: CallContext): Promise<ListMetricStreamsOutput>;
  listMetrics(input: ListMetricsInput, context: CallContext): Promise<ListMetricsOutput>;
  listTagsForResource(input: ListTagsForResourceInput, context: CallContext): Promise<ListTagsForResourceOutput>;
  putAlarmMuteRule(input: PutAlarmMuteRuleInput, context: CallContext): Promise<void>;
  putAnomalyDetector(input: PutAnomalyDetectorInput, context: CallContext): Promise<PutAnomalyDetectorOutput>;
  putCompositeAlarm(input: PutCompositeAlarmInput, context: CallContext): Promise<void>;
  putDashboard(input: PutDashboardInput, context: CallContext): Promise<PutDashboardOutput>;
  putInsightRule(input: PutInsightRuleInput, context: CallContext): Promise<PutInsightRuleOutput>;
  putManagedInsightRules(input: PutManagedInsightRulesInput, context: CallContext): Promise<PutManagedInsightRulesOutput>;
  putMetricAlarm(input: PutMetricAlarmInput, context: CallContext): Promise<void>;
  putMetricData(input: PutMetricDataInput, context: CallContext): Promise<void>;
  putMetricStream(input: PutMetricStreamInput, context: CallContext): Promise<PutMetricStreamOutput>;
  setAlarmState(input: SetAlarmStateInput, context: CallContext): Promise<void>;
  startMetricStreams(input: StartMetricStreamsInput, context: CallContext): Promise<StartMetricStreamsOutput>;
  startOTelEnrichment(input: StartOTelEnrichmentInput, context: CallContext): Promise<StartOTelEnrichmentOutput>;
  stopMetricStreams(input: StopMetricStreamsInput, context: CallContext): Promise<StopMetricStreamsOutput>;
  stopOTelEnrichment(input: StopOTelEnrichmentInput, context: CallContext): Promise<StopOTelEnrichmentOutput>;
  tagResource(input: TagResourceInput, context: CallContext): Promise<TagResourceOutput>;
  untagResource(input: UntagResourceInput, context: CallContext): Promise<UntagResourceOutput>;
}
