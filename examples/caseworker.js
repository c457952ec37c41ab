// The case-worker demo page: signs in with an API key (kept in memory only), lists the requests,
// records events through POST /api/requests/:id/events with If-Match, and shows the new status and
// deadline. Everything from the server is written with textContent, never as HTML.
import '/packages/elements/src/components/woo-timeliness-dashboard/define.ts';

const $ = (id) => document.getElementById(id);
let key = '';
let current; // { id, etag }

async function api(path, init = {}) {
  const response = await fetch(path, {
    ...init,
    headers: { accept: 'application/json', authorization: `Bearer ${key}`, ...(init.headers ?? {}) },
  });
  const body = await response.json().catch(() => ({}));
  return { response, body };
}

function errorText(body, fallback) {
  return body?.error?.message?.nl ?? fallback;
}

function showFacts(request, etag) {
  current = { id: request.id, etag };
  const box = $('current');
  box.replaceChildren();
  const dl = document.createElement('dl');
  dl.className = 'facts';
  const facts = [
    ['Kenmerk', request.id],
    ['Onderwerp', request.subject],
    ['Ontvangen', request.receivedOn],
    ['Stand', request.state],
    ['Uiterste beslisdatum', request.deadline],
    ['Stappen', (request.events ?? []).map((e) => `${e.on} ${e.type}`).join(', ') || 'nog geen'],
  ];
  for (const [term, value] of facts) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = String(value ?? '');
    dl.append(dt, dd);
  }
  box.append(dl);
}

async function load(id) {
  const { response, body } = await api(`/api/requests/${encodeURIComponent(id)}`);
  if (response.ok) showFacts(body, response.headers.get('etag'));
}

async function signIn(event) {
  event.preventDefault();
  key = $('key').value.trim();
  const { response, body } = await api('/api/requests');
  if (!response.ok) {
    $('sign-in-error').textContent = errorText(body, 'Inloggen lukte niet.');
    return;
  }
  $('sign-in-error').textContent = '';
  $('sign-in').hidden = true;
  $('work').hidden = false;
  const select = $('request');
  select.replaceChildren();
  for (const request of [...body.items].reverse()) {
    const option = document.createElement('option');
    option.value = request.id;
    option.textContent = `${request.id} – ${request.subject.slice(0, 60)}`;
    select.append(option);
  }
  $('on').value = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(Date.now());
  if (select.value) await load(select.value);
  $('request').focus();
}

async function record(event) {
  event.preventDefault();
  if (!current) return;
  const type = $('type').value;
  const payload = { type, on: $('on').value.trim() };
  if (type === 'decided') {
    payload.outcome = $('outcome').value;
    const grounds = $('grounds')
      .value.split(',')
      .map((g) => g.trim())
      .filter(Boolean);
    if (grounds.length) payload.grounds = grounds;
  }
  const { response, body } = await api(`/api/requests/${encodeURIComponent(current.id)}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'if-match': current.etag ?? '' },
    body: JSON.stringify(payload),
  });
  if (response.ok) {
    showFacts(body, response.headers.get('etag'));
    $('event-result').textContent = `Vastgelegd. Stand: ${body.state}. Uiterste beslisdatum: ${body.deadline}.`;
    // The public figures may change too: load them again.
    const dashboard = $('dashboard');
    dashboard.src = `/api/timeliness?ververst=${Date.now()}`;
  } else {
    $('event-result').textContent = `Niet vastgelegd: ${errorText(body, `fout ${response.status}`)}`;
    if (response.status === 412) await load(current.id);
  }
}

$('sign-in').addEventListener('submit', signIn);
$('event').addEventListener('submit', record);
$('request').addEventListener('change', (event) => load(event.target.value));
$('type').addEventListener('change', () => ($('decision').hidden = $('type').value !== 'decided'));
