// Renders incidents in the browser.
async function showIncidents(service) {
  const rows = await (await fetch(`/api/incidents-safe?service=${encodeURIComponent(service)}`)).json();
  const list = document.getElementById('incidents');
  for (const row of rows) {
    const item = document.createElement('li');
    item.innerHTML = `<b>${row.title}</b> ${row.description}`;
    list.appendChild(item);
  }
}

async function showIncidentsSafe(service) {
  const rows = await (await fetch(`/api/incidents-safe?service=${encodeURIComponent(service)}`)).json();
  const list = document.getElementById('incidents');
  for (const row of rows) {
    const item = document.createElement('li');
    const title = document.createElement('b');
    title.textContent = row.title;
    item.append(title, ` ${row.description}`);
    list.appendChild(item);
  }
}

const params = new URLSearchParams(location.search);
document.getElementById('banner').innerHTML = params.get('message');
document.getElementById('banner-safe').textContent = params.get('message');
showIncidents(params.get('service'));
showIncidentsSafe(params.get('service'));
