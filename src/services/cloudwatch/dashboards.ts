import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  DashboardValidationMessage, DeleteDashboardsInput, DeleteDashboardsOutput, GetDashboardInput, GetDashboardOutput,
  ListDashboardsInput, ListDashboardsOutput, PutDashboardInput, PutDashboardOutput,
} from './api.generated.js';
import { paginate } from './alarms.js';
import { dashboardKey, dashboards } from './state.js';

const WIDGET_TYPES = ['metric', 'text', 'log', 'alarm', 'explorer', 'custom'];
const NAME = /^[A-Za-z0-9_-]{1,255}$/;
const PAGE = 1000;

/** Dashboards, kept per account (they are global) with their body checked as CloudWatch checks it. */
export class Dashboards {
  constructor(private readonly deps: ServiceDeps) {}

  async putDashboard(input: PutDashboardInput, context: CallContext): Promise<PutDashboardOutput> {
    if (!NAME.test(input.DashboardName)) {
      throw invalid([{ DataPath: '', Message: 'The value for field DashboardName contains invalid characters. It can only contain alphanumerics, dash (-) and underscore (_).' }]);
    }
    const errors = validateBody(input.DashboardBody);
    if (errors.length) throw invalid(errors);
    await dashboards(this.deps.store).put(dashboardKey(context.account, input.DashboardName), { name: input.DashboardName, body: input.DashboardBody, lastModified: this.deps.clock.now() });
    return { DashboardValidationMessages: [] };
  }

  async getDashboard(input: GetDashboardInput, context: CallContext): Promise<GetDashboardOutput> {
    const dashboard = await dashboards(this.deps.store).get(dashboardKey(context.account, input.DashboardName));
    if (!dashboard) throw notFound();
    return { DashboardArn: dashboardArn(context.account, dashboard.name), DashboardBody: dashboard.body, DashboardName: dashboard.name };
  }

  async listDashboards(input: ListDashboardsInput, context: CallContext): Promise<ListDashboardsOutput> {
    const all = (await dashboards(this.deps.store).list({ prefix: `${context.account}/${input.DashboardNamePrefix ?? ''}` })).map((e) => e.value);
    const { page, nextToken } = paginate(all, PAGE, input.NextToken);
    const output: ListDashboardsOutput = {
      DashboardEntries: page.map((d) => ({ DashboardName: d.name, DashboardArn: dashboardArn(context.account, d.name), LastModified: new Date(d.lastModified), Size: Buffer.byteLength(d.body) })),
    };
    if (nextToken) output.NextToken = nextToken;
    return output;
  }

  async deleteDashboards(input: DeleteDashboardsInput, context: CallContext): Promise<DeleteDashboardsOutput> {
    await this.deps.store.transaction(async (tx) => {
      for (const name of input.DashboardNames) if (!(await dashboards(tx).get(dashboardKey(context.account, name)))) throw notFound();
      for (const name of input.DashboardNames) await dashboards(tx).delete(dashboardKey(context.account, name));
    });
    return {};
  }
}

function dashboardArn(account: string, name: string): string {
  return `arn:aws:cloudwatch::${account}:dashboard/${name}`;
}

function notFound(): AwsError {
  return new AwsError('DashboardNotFoundError', 'Dashboard does not exist', 404);
}

function invalid(messages: DashboardValidationMessage[]): AwsError {
  const list = messages.map((m) => `{\n  "dataPath": "${m.DataPath}",\n  "message": "${m.Message}"\n}`).join(',');
  return new AwsError('DashboardInvalidInputError', `The dashboard body is invalid, there are ${messages.length} validation errors: \n[\n ${list}\n]`, 400, {
    fields: { dashboardValidationMessages: messages },
  });
}

/** The errors of a dashboard body: JSON with a widgets array of typed widgets placed on a 24-column grid. */
function validateBody(body: string): DashboardValidationMessage[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [{ DataPath: '', Message: 'Invalid dashboard body: the body is not valid JSON' }];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [{ DataPath: '', Message: 'Should be object' }];
  const widgets = (parsed as { widgets?: unknown }).widgets;
  if (widgets === undefined) return [{ DataPath: '', Message: "Should have required property 'widgets'" }];
  if (!Array.isArray(widgets)) return [{ DataPath: '/widgets', Message: 'Should be array' }];
  const errors: DashboardValidationMessage[] = [];
  widgets.forEach((widget: unknown, index) => {
    const path = `/widgets/${index}`;
    if (typeof widget !== 'object' || widget === null) return errors.push({ DataPath: path, Message: 'Should be object' });
    const { type, properties, x, width } = widget as Record<string, unknown>;
    if (type === undefined) errors.push({ DataPath: path, Message: "Should have required property 'type'" });
    else if (!WIDGET_TYPES.includes(type as string)) errors.push({ DataPath: `${path}/type`, Message: `Should be equal to one of the allowed values: ${WIDGET_TYPES.join(', ')}` });
    if (type !== undefined && properties === undefined) errors.push({ DataPath: path, Message: "Should have required property 'properties'" });
    if (typeof x === 'number' && (x < 0 || x > 23)) errors.push({ DataPath: `${path}/x`, Message: 'Should be <= 23' });
    if (typeof width === 'number' && (width < 1 || width > 24)) errors.push({ DataPath: `${path}/width`, Message: 'Should be <= 24' });
    return undefined;
  });
  return errors;
}
