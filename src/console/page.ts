/**
 * The web console at `/_nimbus/console`: one page that reads the `/_nimbus/` routes in the browser.
 * Its first view is what reaches no one outside: the email, SMS and push messages SNS captured.
 * Text from those messages is only ever set as textContent, never parsed as HTML.
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
  .empty { color: #687078; }
</style>
</head>
<body>
<header><h1>Nimbus console</h1><span id="status">connecting…</span></header>
<main>
  <section><h2>Services</h2><div class="services" id="services"></div></section>
  <section>
    <h2>SNS outbox: email, SMS and push messages</h2>
    <table id="outbox">
      <thead><tr><th>Time</th><th>Protocol</th><th>To</th><th>Subject</th><th>Message</th><th>Topic</th></tr></thead>
      <tbody></tbody>
    </table>
    <p class="empty" id="outbox-empty">No message captured yet.</p>
  </section>
</main>
<script>
  const cell = (text, className) => {
    const td = document.createElement('td');
    td.textContent = text ?? '';
    if (className) td.className = className;
    return td;
  };
  async function refresh() {
    try {
      const health = await (await fetch('/_nimbus/health')).json();
      document.getElementById('status').textContent = 'Nimbus ' + health.version + ' · ' + health.state.backend + ' · up ' + Math.round(health.uptimeSeconds) + ' s';
      const services = document.getElementById('services');
      services.replaceChildren(...Object.keys(health.services).map((name) => {
        const chip = document.createElement('span');
        chip.textContent = name;
        return chip;
      }));
      const { messages } = await (await fetch('/_nimbus/sns/outbox')).json();
      const rows = messages.slice().reverse().map((message) => {
        const tr = document.createElement('tr');
        tr.append(cell(message.timestamp), cell(message.protocol), cell(message.endpoint), cell(message.subject), cell(message.message, 'message'), cell(message.topicArn));
        return tr;
      });
      document.querySelector('#outbox tbody').replaceChildren(...rows);
      document.getElementById('outbox-empty').hidden = rows.length > 0;
    } catch (error) {
      document.getElementById('status').textContent = 'not reachable: ' + error.message;
    }
  }
  refresh();
  setInterval(refresh, 2000);
</script>
</body>
</html>
`;
