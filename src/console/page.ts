/**
 * The web console at `/_nimbus/console`: one page that reads Nimbus in the browser, every 2 s.
 * The SNS outbox comes from `/_nimbus/sns/outbox`; the other views call the services' own APIs
 * through the edge as a client with the default test key would, so they show the default account
 * and region (000000000000, us-east-1). Text from state is only ever set as
 * textContent, never parsed as HTML.
 */
export const CONSOLE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Nimbus console</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #1d2630; background: #f6f7f9; }
  header { background: #232f3e; color: #fff; padding: 12px 20px; display: flex; gap: 16px; align-items: baseline; }
  header h1 { font-size: 18px; margin: 0; }
  main { padding: 16px 20px; }
  section { background: #fff; border: 1px solid #d5dbdb; border-radius: 6px; padding: 12px 16px; margin-bottom: 16px; }
  h2 { font-size: 16px; margin: 0 0 8px; }
  .services span { display: inline-block; background: #eaeded; border-radius: 10px; padding: 1px 8px; margin: 2px; font-size: 12px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #eaeded; vertical-align: top; }
  td.message { white-space: pre-wrap; word-break: break-word; font-family: ui-monospace, monospace; font-size: 12px; }
  td.ALARM { color: #d13212; font-weight: 600; }
  td.OK { color: #1d8102; }
  .empty { color: #687078; }
</style>
</head>
<body>
<header><h1>Nimbus console</h1><span id="status">connecting…</span></header>
<main>
  <section><h2>Services</h2><div class="services" id="services"></div></section>
  <section id="outbox" data-empty="No message captured yet.">
    <h2>SNS outbox: email, SMS and push messages</h2>
    <table><thead><tr><th>Time</th><th>Protocol</th><th>To</th><th>Subject</th><th>Message</th><th>Topic</th></tr></thead><tbody></tbody></table>
    <p class="empty"></p>
  </section>
  <section id="alarms" data-empty="No alarm in us-east-1.">
    <h2>CloudWatch alarms</h2>
    <table><thead><tr><th>Alarm</th><th>State</th><th>Reason</th><th>Since</th></tr></thead><tbody></tbody></table>
    <p class="empty"></p>
  </section>
  <section id="dashboards" data-empty="No dashboard.">
    <h2>CloudWatch dashboards</h2>
    <table><thead><tr><th>Dashboard</th><th>Widgets</th><th>Last modified</th></tr></thead><tbody></tbody></table>
    <p class="empty"></p>
  </section>
  <section id="log-groups" data-empty="No log group in us-east-1.">
    <h2>CloudWatch Logs groups</h2>
    <table><thead><tr><th>Log group</th><th>Stored bytes</th><th>Retention (days)</th><th>Created</th></tr></thead><tbody></tbody></table>
    <p class="empty"></p>
  </section>
  <section id="buckets" data-empty="No bucket.">
    <h2>S3 buckets</h2>
    <table><thead><tr><th>Bucket</th><th>Objects</th><th>Created</th></tr></thead><tbody></tbody></table>
    <p class="empty"></p>
  </section>
  <section id="functions" data-empty="No function in us-east-1.">
    <h2>Lambda functions</h2>
    <table><thead><tr><th>Function</th><th>Runtime</th><th>Handler</th><th>Memory (MB)</th><th>State</th><th>Last modified</th></tr></thead><tbody></tbody></table>
    <p class="empty"></p>
  </section>
  <section id="rules" data-empty="No EventBridge rule in us-east-1.">
    <h2>EventBridge rules</h2>
    <table><thead><tr><th>Rule</th><th>Event bus</th><th>State</th><th>Pattern or schedule</th></tr></thead><tbody></tbody></table>
    <p class="empty"></p>
  </section>
  <section id="streams" data-empty="No Kinesis stream in us-east-1.">
    <h2>Kinesis streams</h2>
    <table><thead><tr><th>Stream</th><th>Status</th><th>Mode</th><th>Open shards</th></tr></thead><tbody></tbody></table>
    <p class="empty"></p>
  </section>
  <section id="secrets" data-empty="No secret or parameter in us-east-1.">
    <h2>Secrets and parameters (names only)</h2>
    <table><thead><tr><th>Name</th><th>Kind</th><th>Last changed</th></tr></thead><tbody></tbody></table>
    <p class="empty"></p>
  </section>
  <section id="queues" data-empty="No queue in us-east-1.">
    <h2>SQS queues</h2>
    <table><thead><tr><th>Queue</th><th>Visible</th><th>In flight</th><th>Delayed</th></tr></thead><tbody></tbody></table>
    <p class="empty"></p>
  </section>
</main>
<script>
  const PAGE = 50;
  const time = (value, unitMs = 1) => (value === undefined ? '' : new Date(value * unitMs).toISOString());
  const seconds = (value) => time(value, 1000);

  /** An AWS JSON-protocol call through the edge; an error answer is thrown with AWS's message. */
  async function awsJson(target, version, input = {}) {
    const response = await fetch('/', {
      method: 'POST',
      headers: { 'x-amz-target': target, 'content-type': 'application/x-amz-json-' + version },
      body: JSON.stringify(input),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body.message || body.Message || body.__type || String(response.status));
    return body;
  }

  /**
   * A REST call through the edge. REST services are told apart by the signature's credential scope,
   * so the request carries one; Nimbus checks signatures only when asked to (NIMBUS_ENFORCE_SIGV4).
   */
  async function awsRest(service, path) {
    const scope = 'test/' + new Date().toISOString().slice(0, 10).replaceAll('-', '') + '/us-east-1/' + service + '/aws4_request';
    const response = await fetch(path, { headers: { authorization: 'AWS4-HMAC-SHA256 Credential=' + scope + ', SignedHeaders=host, Signature=0' } });
    const text = await response.text();
    if (!response.ok) throw new Error(text.match(/<Message>([^<]*)/)?.[1] || text.slice(0, 200) || String(response.status));
    return text;
  }

  const xml = (text) => new DOMParser().parseFromString(text, 'application/xml');
  const xmlText = (node, name) => node.getElementsByTagName(name)[0]?.textContent ?? '';

  async function buckets() {
    const listed = xml(await awsRest('s3', '/'));
    return Promise.all([...listed.getElementsByTagName('Bucket')].slice(0, PAGE).map(async (bucket) => {
      const name = xmlText(bucket, 'Name');
      const objects = xml(await awsRest('s3', '/' + encodeURIComponent(name) + '?list-type=2&max-keys=1000'));
      const count = xmlText(objects, 'KeyCount') + (xmlText(objects, 'IsTruncated') === 'true' ? '+' : '');
      return [name, count, xmlText(bucket, 'CreationDate')];
    }));
  }

  async function functions() {
    const { Functions = [] } = JSON.parse(await awsRest('lambda', '/2015-03-31/functions/?MaxItems=' + PAGE));
    return Functions.map((fn) => [fn.FunctionName, fn.Runtime, fn.Handler, String(fn.MemorySize), fn.State ?? '', fn.LastModified]);
  }

  async function alarms() {
    const { MetricAlarms = [], CompositeAlarms = [] } = await awsJson('GraniteServiceVersion20100801.DescribeAlarms', '1.0', { MaxRecords: PAGE });
    return [...MetricAlarms, ...CompositeAlarms].map((alarm) =>
      [alarm.AlarmName, [alarm.StateValue, alarm.StateValue], alarm.StateReason, seconds(alarm.StateUpdatedTimestamp)]);
  }

  async function dashboards() {
    const { DashboardEntries = [] } = await awsJson('GraniteServiceVersion20100801.ListDashboards', '1.0');
    return Promise.all(DashboardEntries.slice(0, PAGE).map(async (entry) => {
      const { DashboardBody } = await awsJson('GraniteServiceVersion20100801.GetDashboard', '1.0', { DashboardName: entry.DashboardName });
      const widgets = (JSON.parse(DashboardBody).widgets || []).map((widget) => widget.properties?.title || widget.type).join(', ');
      return [entry.DashboardName, widgets, seconds(entry.LastModified)];
    }));
  }

  async function logGroups() {
    const { logGroups = [] } = await awsJson('Logs_20140328.DescribeLogGroups', '1.1', { limit: PAGE });
    return logGroups.map((group) => [group.logGroupName, String(group.storedBytes ?? 0), group.retentionInDays === undefined ? 'never expire' : String(group.retentionInDays), time(group.creationTime)]);
  }

  async function queues() {
    const { QueueUrls = [] } = await awsJson('AmazonSQS.ListQueues', '1.0', { MaxResults: PAGE });
    return Promise.all(QueueUrls.map(async (QueueUrl) => {
      const AttributeNames = ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'];
      const { Attributes = {} } = await awsJson('AmazonSQS.GetQueueAttributes', '1.0', { QueueUrl, AttributeNames });
      return [QueueUrl.split('/').pop(), ...AttributeNames.map((name) => Attributes[name] ?? '')];
    }));
  }

  async function rules() {
    const { Rules = [] } = await awsJson('AWSEvents.ListRules', '1.1', { Limit: PAGE });
    return Rules.map((rule) => [rule.Name, rule.EventBusName, [rule.State, rule.State === 'ENABLED' ? 'OK' : ''], [rule.ScheduleExpression || rule.EventPattern, 'message']]);
  }

  async function streams() {
    const { StreamNames = [] } = await awsJson('Kinesis_20131202.ListStreams', '1.1', { Limit: PAGE });
    return Promise.all(StreamNames.map(async (StreamName) => {
      const { StreamDescriptionSummary: summary } = await awsJson('Kinesis_20131202.DescribeStreamSummary', '1.1', { StreamName });
      return [StreamName, summary.StreamStatus, summary.StreamModeDetails?.StreamMode ?? '', String(summary.OpenShardCount)];
    }));
  }

  /** Names and dates only: a console left open on a screen shows no secret value. */
  async function secrets() {
    const { SecretList = [] } = await awsJson('secretsmanager.ListSecrets', '1.1', { MaxResults: PAGE });
    const { Parameters = [] } = await awsJson('AmazonSSM.DescribeParameters', '1.1', { MaxResults: PAGE });
    return [
      ...SecretList.map((secret) => [secret.Name, 'Secrets Manager secret', seconds(secret.LastChangedDate ?? secret.CreatedDate)]),
      ...Parameters.map((parameter) => [parameter.Name, 'SSM ' + parameter.Type + ' parameter, version ' + parameter.Version, seconds(parameter.LastModifiedDate)]),
    ];
  }

  async function outbox() {
    const { messages } = await (await fetch('/_nimbus/sns/outbox')).json();
    return messages.slice().reverse().map((message) =>
      [message.timestamp, message.protocol, message.endpoint, message.subject, [message.message, 'message'], message.topicArn]);
  }

  /** Fills a section's table: a cell is text, or [text, class name]. */
  function show(id, rows) {
    const section = document.getElementById(id);
    section.querySelector('tbody').replaceChildren(...rows.map((row) => {
      const tr = document.createElement('tr');
      tr.append(...row.map((value) => {
        const [text, className] = Array.isArray(value) ? value : [value];
        const td = document.createElement('td');
        td.textContent = text ?? '';
        if (className) td.className = className;
        return td;
      }));
      return tr;
    }));
    const note = section.querySelector('.empty');
    note.textContent = section.dataset.empty;
    note.hidden = rows.length > 0;
  }

  function showError(id, error) {
    show(id, []);
    document.querySelector('#' + id + ' .empty').textContent = 'Could not read: ' + error.message;
  }

  const VIEWS = { outbox, alarms, dashboards, 'log-groups': logGroups, buckets, functions, rules, streams, secrets, queues };

  async function refresh() {
    try {
      const health = await (await fetch('/_nimbus/health')).json();
      document.getElementById('status').textContent = 'Nimbus ' + health.version + ' · ' + health.state.backend + ' · up ' + Math.round(health.uptimeSeconds) + ' s';
      document.getElementById('services').replaceChildren(...Object.keys(health.services).map((name) => {
        const chip = document.createElement('span');
        chip.textContent = name;
        return chip;
      }));
    } catch (error) {
      document.getElementById('status').textContent = 'not reachable: ' + error.message;
      return;
    }
    await Promise.all(Object.entries(VIEWS).map(([id, load]) => load().then((rows) => show(id, rows), (error) => showError(id, error))));
  }
  refresh();
  setInterval(refresh, 2000);
</script>
</body>
</html>
`;
