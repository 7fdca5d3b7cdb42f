/*
 * The participant page (phones). No framework and no build step: the room server serves this file
 * with the strings of both languages prepended (`ROOM_STRINGS`, from resources/locales/<lang>/
 * room.json, key `phone`). Everything shown is built with DOM calls and `textContent`, never HTML
 * from data, so text typed by anyone stays inert. The join code and this phone's pass are kept in
 * localStorage for this address only, so a reload keeps the participant in the room.
 */
/* global document, window, location, history, Node, ROOM_STRINGS */
(function () {
  'use strict';

  var STORAGE_KEY = 'cswb-room:' + location.host;
  var LANG_KEY = 'cswb-room-language';
  var POLL_MS = 4000;
  var FAST_POLL_MS = 1500;
  var LIMITS = { text: 2000, name: 60 };
  var AUTH_ERRORS = ['missingCode', 'wrongCode', 'missingToken', 'tokenInvalid', 'tokenExpired', 'removed'];
  var KINDS = ['risk', 'challenge', 'asset', 'protectiveFactor', 'idea'];

  var state = {
    lang: initialLanguage(),
    screen: 'code',
    code: '',
    token: null,
    options: null,
    view: null,
    viewJson: '',
    /** A confirmation (a string key) and a problem (an error object), or null. */
    message: null,
    alert: null,
    invalid: null,
    busy: false,
    draft: '',
    kind: null,
    pollTimer: null,
    /** Which risks' scoring the participant opened or closed (kept across re-renders). */
    openRisks: {},
  };

  // Strings ------------------------------------------------------------------------------------

  function initialLanguage() {
    var stored = safeGet(LANG_KEY);
    if (stored === 'en' || stored === 'fr') return stored;
    return (navigator.language || 'en').toLowerCase().indexOf('fr') === 0 ? 'fr' : 'en';
  }

  function lookup(table, key) {
    return key.split('.').reduce(function (node, part) {
      return node && typeof node === 'object' ? node[part] : undefined;
    }, table);
  }

  function t(key, vars) {
    var table = ROOM_STRINGS[state.lang] || ROOM_STRINGS.en;
    var k = key;
    if (vars && typeof vars.count === 'number' && lookup(table, key + '_other') !== undefined) {
      var form = new Intl.PluralRules(state.lang).select(vars.count);
      k = lookup(table, key + '_' + form) !== undefined ? key + '_' + form : key + '_other';
    }
    var s = lookup(table, k);
    if (typeof s !== 'string') s = lookup(ROOM_STRINGS.en, k);
    if (typeof s !== 'string') return key;
    return s.replace(/\{\{(\w+)\}\}/g, function (_, name) {
      var v = vars ? vars[name] : undefined;
      return v === undefined || v === null ? '' : String(v);
    });
  }

  // Storage (private browsing may refuse it: the page then works until reloaded) --------------

  function safeGet(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  function safeSet(key, value) {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      /* not stored: fine */
    }
  }

  function normaliseCode(input) {
    return String(input || '').toUpperCase().replace(/[\s-]/g, '');
  }

  // DOM ------------------------------------------------------------------------------------------

  /** Builds an element. Text always goes in as text nodes or textContent. */
  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      var value = props[key];
      if (value === null || value === undefined || value === false) return;
      if (key === 'text') node.textContent = String(value);
      else if (key.indexOf('on') === 0) node.addEventListener(key.slice(2), value);
      else if (key === 'className') node.className = value;
      else if (key === 'value') node.value = value;
      else if (key === 'checked' || key === 'disabled') node[key] = Boolean(value);
      else node.setAttribute(key, value === true ? '' : String(value));
    });
    [].concat(children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  var root = document.getElementById('app');
  var langButton = el('button', { type: 'button', className: 'link', onclick: switchLanguage });
  var live = el('p', { className: 'message', role: 'status', 'aria-live': 'polite' });
  var alertBox = el('p', { className: 'alert', role: 'alert' });
  var content = el('div');
  root.append(el('div', { className: 'topbar' }, [el('span', { className: 'who', id: 'who' }), langButton]), alertBox, live, content);

  function switchLanguage() {
    state.lang = state.lang === 'en' ? 'fr' : 'en';
    safeSet(LANG_KEY, state.lang);
    render();
  }

  var sayTimer = null;

  // Messages are kept as a key (or an error), not as text, so switching language translates them.

  /** A short confirmation; it fades after a while so it never describes an old action. */
  function say(key) {
    state.message = key;
    state.alert = null;
    live.textContent = t(key);
    alertBox.textContent = '';
    if (sayTimer) clearTimeout(sayTimer);
    sayTimer = setTimeout(function () {
      if (state.message === key) {
        state.message = null;
        live.textContent = '';
      }
    }, 8000);
  }

  /** A problem: an error answer of the API (or one of the same shape). */
  function warn(error) {
    state.alert = error;
    state.message = null;
    alertBox.textContent = error ? errorText(error) : '';
    live.textContent = '';
  }

  /** Re-renders the screen, keeping focus (and the caret) on the same control. */
  function render() {
    var active = document.activeElement;
    var focusKey = active && active.getAttribute ? active.getAttribute('data-key') : null;
    var selection = active && typeof active.selectionStart === 'number' ? [active.selectionStart, active.selectionEnd] : null;
    document.documentElement.lang = state.lang;
    document.title = t('appTitle');
    langButton.textContent = t('otherLanguage');
    langButton.setAttribute('lang', state.lang === 'en' ? 'fr' : 'en');
    langButton.setAttribute('aria-label', t('otherLanguageLabel'));
    alertBox.textContent = state.alert ? errorText(state.alert) : '';
    live.textContent = state.message ? t(state.message) : '';
    document.getElementById('who').textContent = state.screen === 'main' && state.view ? whoText(state.view.me) : '';
    content.replaceChildren(state.screen === 'profile' ? profileScreen() : state.screen === 'main' ? mainScreen() : codeScreen());
    if (focusKey) {
      var again = content.querySelector('[data-key="' + focusKey + '"]');
      if (again) {
        again.focus();
        if (selection && typeof again.setSelectionRange === 'function') again.setSelectionRange(selection[0], selection[1]);
      }
    }
  }

  function whoText(me) {
    if (me.anonymous) return t('meAnonymous');
    var parts = [me.name, me.partnerName, me.sector ? me.sector[state.lang] : null].filter(Boolean);
    return t('me', { who: parts.length ? parts.join(', ') : t('anonymousNumber', { n: me.ordinal }) });
  }

  // Network ------------------------------------------------------------------------------------

  function api(method, path, body) {
    var headers = { 'X-Room-Code': state.code || '' };
    if (state.token) headers.Authorization = 'Bearer ' + state.token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(path, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    }).then(
      function (res) {
        return res.json().then(
          function (data) {
            return { status: res.status, data: data, error: res.ok ? null : (data && data.error) || { code: 'internal' } };
          },
          function () {
            return { status: res.status, data: null, error: res.ok ? null : { code: 'internal' } };
          },
        );
      },
      function () {
        return { status: 0, data: null, error: { code: 'network' } };
      },
    );
  }

  function errorText(error) {
    if (error.code === 'invalidField') return t('problem.' + (error.problem || 'wrongType'), { max: LIMITS[error.field] || '' });
    if (error.code === 'refused') return t('mine.refused', { reason: t('refusal.' + (error.reason || 'notApplied'), { limit: error.limit }) });
    var text = t('error.' + error.code);
    return text === 'error.' + error.code ? t('error.internal') : text;
  }

  /** A refused pass or code: back to joining, with the reason. Returns true when handled. */
  function handleAuthError(error) {
    if (!error || AUTH_ERRORS.indexOf(error.code) < 0) return false;
    forget();
    state.screen = 'code';
    state.alert = error;
    state.message = null;
    render();
    return true;
  }

  function remember() {
    safeSet(STORAGE_KEY, JSON.stringify({ code: state.code, token: state.token }));
  }

  function forget() {
    safeSet(STORAGE_KEY, null);
    state.token = null;
    state.view = null;
    state.viewJson = '';
    stopPolling();
  }

  // Polling --------------------------------------------------------------------------------------

  function stopPolling() {
    if (state.pollTimer) clearTimeout(state.pollTimer);
    state.pollTimer = null;
  }

  function schedulePoll() {
    stopPolling();
    if (state.screen !== 'main') return;
    var pending = state.view && state.view.cards.some(function (c) {
      return c.status === 'pending';
    });
    state.pollTimer = setTimeout(function () {
      if (document.hidden) schedulePoll();
      else refresh();
    }, pending ? FAST_POLL_MS : POLL_MS);
  }

  function showView(view) {
    var json = JSON.stringify(view);
    if (json !== state.viewJson) {
      state.view = view;
      state.viewJson = json;
      render();
    }
  }

  function refresh() {
    return api('GET', '/api/state').then(function (r) {
      if (r.error) {
        if (handleAuthError(r.error)) return;
        if (r.error.code === 'network' && !(state.alert && state.alert.code === 'network')) warn(r.error);
      } else {
        if (state.alert && state.alert.code === 'network') warn(null);
        showView(r.data);
      }
      schedulePoll();
    });
  }

  document.addEventListener('visibilitychange', function () {
    if (!document.hidden && state.screen === 'main') refresh();
  });

  // Screen 1: the join code ------------------------------------------------------------------

  function codeScreen() {
    var input = el('input', {
      id: 'code',
      type: 'text',
      className: 'code',
      'data-key': 'code',
      value: state.code,
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      maxlength: '12',
      'aria-describedby': 'code-hint',
      'aria-invalid': state.invalid === 'code' ? 'true' : null,
    });
    return el('div', {}, [
      el('h1', { text: t('join.title') }),
      el('form', { className: 'panel', novalidate: true, onsubmit: function (e) {
        e.preventDefault();
        submitCode(input.value);
      } }, [
        el('label', { for: 'code', text: t('join.code') }),
        input,
        el('p', { id: 'code-hint', className: 'hint', text: t('join.codeHint') }),
        el('button', { type: 'submit', className: 'primary', disabled: state.busy, text: t('join.next') }),
      ]),
    ]);
  }

  function submitCode(raw) {
    state.code = normaliseCode(raw);
    state.busy = true;
    render();
    return api('POST', '/api/join-options', {}).then(function (r) {
      state.busy = false;
      if (r.error) {
        state.invalid = 'code';
        state.alert = r.error;
        state.message = null;
        render();
        return;
      }
      state.invalid = null;
      state.alert = null;
      state.options = r.data;
      state.screen = 'profile';
      render();
    });
  }

  // Screen 2: who you are ----------------------------------------------------------------------

  function profileScreen() {
    var options = state.options;
    var name = el('input', { id: 'name', type: 'text', 'data-key': 'name', maxlength: String(LIMITS.name), autocomplete: 'name' });
    var org = el('select', { id: 'org', 'data-key': 'org' }, [el('option', { value: '', text: t('profile.none') })].concat(
      options.partners.map(function (p) {
        return el('option', { value: p.id, text: p.name });
      }),
    ));
    var sector = el('select', { id: 'sector', 'data-key': 'sector' }, [el('option', { value: '', text: t('profile.none') })].concat(
      options.sectors.map(function (s) {
        return el('option', { value: s.id, text: s[state.lang] || s.en });
      }),
    ));
    var anonymous = el('input', { id: 'anonymous', type: 'checkbox', 'data-key': 'anonymous' });
    function sync() {
      name.disabled = anonymous.checked;
      org.disabled = anonymous.checked;
      sector.disabled = anonymous.checked || org.value !== '';
    }
    anonymous.addEventListener('change', sync);
    org.addEventListener('change', sync);
    var children = [
      el('h1', { text: options.title || t('appTitle') }),
      options.sessionTitle ? el('p', { className: 'session', text: options.sessionTitle }) : null,
      el('form', { className: 'panel', novalidate: true, onsubmit: function (e) {
        e.preventDefault();
        join({
          name: anonymous.checked ? '' : name.value,
          anonymous: anonymous.checked,
          partnerId: anonymous.checked || !org.value ? null : org.value,
          sector: anonymous.checked || org.value || !sector.value ? null : sector.value,
        });
      } }, [
        el('h2', { text: t('profile.title') }),
        el('label', { for: 'name', text: t('profile.name') }),
        name,
        options.partners.length ? el('label', { for: 'org', text: t('profile.organisation') }) : null,
        options.partners.length ? org : null,
        el('label', { for: 'sector', text: t('profile.sector') }),
        sector,
        el('p', { className: 'check' }, [anonymous, el('label', { for: 'anonymous', text: t('profile.anonymous') })]),
        el('p', { className: 'hint', text: t('profile.privacy') }),
        el('button', { type: 'submit', className: 'primary', disabled: state.busy, text: t('profile.join') }),
        el('button', { type: 'button', className: 'link', onclick: function () {
          state.screen = 'code';
          state.alert = null;
          render();
        }, text: t('profile.back') }),
      ]),
    ];
    return el('div', {}, children);
  }

  function join(profile) {
    state.busy = true;
    render();
    return api('POST', '/api/join', profile).then(function (r) {
      state.busy = false;
      if (r.error) {
        if (r.error.code === 'wrongCode' || r.error.code === 'missingCode') state.screen = 'code';
        warn(r.error);
        render();
        return;
      }
      state.token = r.data.token;
      remember();
      state.screen = 'main';
      state.alert = null;
      state.message = null;
      showView(r.data.view);
      render();
      schedulePoll();
    });
  }

  // Screen 3: what is open ---------------------------------------------------------------------

  function mainScreen() {
    var view = state.view;
    if (!view) return el('p', { className: 'notice', text: '…' });
    var sections = [
      el('h1', { text: view.title || t('appTitle') }),
      view.sessionTitle ? el('p', { className: 'session', text: view.sessionTitle }) : null,
      view.facilitatorAway ? el('p', { className: 'away', text: t('away') }) : null,
    ];
    var nothing = view.capture.kinds.length === 0 && !view.voting && !view.scoring;
    if (nothing) sections.push(el('section', {}, [el('p', { className: 'notice', text: t('nothingOpen') })]));
    if (view.capture.kinds.length) sections.push(captureSection(view.capture.kinds));
    if (view.voting) sections.push(votingSection(view.voting));
    if (view.scoring) sections.push(scoringSection(view.scoring));
    if (view.cards.length) sections.push(mineSection(view.cards));
    sections.push(el('button', { type: 'button', className: 'link', onclick: leave, text: t('leave') }));
    return el('div', {}, sections);
  }

  function leave() {
    forget();
    state.code = '';
    state.screen = 'code';
    state.message = null;
    state.alert = null;
    render();
  }

  function captureSection(kinds) {
    if (!state.kind || kinds.indexOf(state.kind) < 0) state.kind = kinds[0];
    var counter = el('p', { id: 'text-count', className: 'counter', text: t('capture.count', { count: state.draft.length, max: LIMITS.text }) });
    var text = el('textarea', {
      id: 'text',
      'data-key': 'text',
      maxlength: String(LIMITS.text),
      'aria-describedby': 'text-count',
      'aria-invalid': state.invalid === 'text' ? 'true' : null,
      oninput: function (e) {
        state.draft = e.target.value;
        counter.textContent = t('capture.count', { count: state.draft.length, max: LIMITS.text });
      },
    });
    text.value = state.draft;
    var radios = KINDS.filter(function (k) {
      return kinds.indexOf(k) >= 0;
    }).map(function (k) {
      return el('label', {}, [
        el('input', { type: 'radio', name: 'kind', value: k, 'data-key': 'kind-' + k, checked: state.kind === k, onchange: function () {
          state.kind = k;
        } }),
        t('kind.' + k),
      ]);
    });
    return el('section', { 'aria-labelledby': 'capture-title' }, [
      el('form', { novalidate: true, onsubmit: function (e) {
        e.preventDefault();
        sendCard();
      } }, [
        el('h2', { id: 'capture-title', text: t('capture.title') }),
        el('fieldset', { className: 'kinds' }, [el('legend', { text: t('capture.kind') })].concat(radios)),
        el('label', { for: 'text', text: t('capture.text') }),
        text,
        counter,
        el('button', { type: 'submit', className: 'primary', 'data-key': 'send', disabled: state.busy, text: state.busy ? t('capture.sending') : t('capture.send') }),
      ]),
    ]);
  }

  function sendCard() {
    if (!state.draft.trim()) {
      state.invalid = 'text';
      warn({ code: 'invalidField', field: 'text', problem: 'empty' });
      render();
      return;
    }
    state.busy = true;
    render();
    api('POST', '/api/cards', { kind: state.kind, text: state.draft }).then(function (r) {
      state.busy = false;
      if (r.error) {
        if (handleAuthError(r.error)) return;
        state.invalid = r.error.code === 'invalidField' ? 'text' : null;
        warn(r.error);
        render();
        refresh();
        return;
      }
      state.invalid = null;
      state.draft = '';
      say(r.data.status === 'applied' ? 'capture.applied' : 'capture.pending');
      render();
      refresh();
    });
  }

  function votingSection(voting) {
    var used = Object.keys(voting.mine).reduce(function (sum, id) {
      return sum + voting.mine[id];
    }, 0);
    var left = Math.max(0, voting.dotsPerParticipant - used);
    var rows = voting.risks.map(function (risk) {
      var dots = voting.mine[risk.id] || 0;
      return el('li', {}, [
        el('span', { className: 'risk', text: risk.title }),
        el('span', { className: 'stepper' }, [
          el('button', {
            type: 'button',
            'data-key': 'minus-' + risk.id,
            'aria-label': t('voting.remove', { risk: risk.title }),
            disabled: state.busy || dots === 0,
            onclick: function () {
              vote(risk.id, dots - 1);
            },
            text: '−',
          }),
          el('span', { className: 'dots', text: t('voting.dots', { count: dots }) }),
          el('button', {
            type: 'button',
            'data-key': 'plus-' + risk.id,
            'aria-label': t('voting.add', { risk: risk.title }),
            disabled: state.busy || left === 0 || dots >= voting.maxDotsPerRisk,
            onclick: function () {
              vote(risk.id, dots + 1);
            },
            text: '+',
          }),
        ]),
      ]);
    });
    return el('section', { 'aria-labelledby': 'voting-title' }, [
      el('h2', { id: 'voting-title', text: t('voting.title', { round: voting.round }) }),
      el('p', { className: 'left', text: t('voting.left', { left: left, total: voting.dotsPerParticipant }) }),
      el('p', { className: 'hint', text: t('voting.max', { max: voting.maxDotsPerRisk }) }),
      rows.length ? el('ul', { className: 'ballot', 'aria-label': t('voting.title', { round: voting.round }) }, rows) : el('p', { className: 'notice', text: t('voting.noRisks') }),
    ]);
  }

  function vote(riskId, dots) {
    state.busy = true;
    render();
    api('POST', '/api/votes', { riskId: riskId, dots: dots }).then(function (r) {
      state.busy = false;
      if (r.error) {
        if (handleAuthError(r.error)) return;
        warn(r.error);
      } else {
        // Show the new count at once; the next state read confirms it.
        if (dots > 0) state.view.voting.mine[riskId] = dots;
        else delete state.view.voting.mine[riskId];
        say(r.data.status === 'applied' ? 'voting.saved' : 'capture.pending');
      }
      render();
      refresh();
    });
  }

  function scoringSection(scoring) {
    var blocks = scoring.risks.map(function (risk, index) {
      var scored = scoring.criteria.filter(function (c) {
        return scoring.mine[risk.id + '|' + c.id] !== undefined;
      }).length;
      var openKey = 'open-' + risk.id;
      var details = el('details', { 'data-key': openKey, open: state.openRisks[risk.id] !== undefined ? state.openRisks[risk.id] : index === 0 }, [
        el('summary', {}, [el('span', { className: 'risk', text: risk.title }), ' ', el('span', { className: 'scored', text: t('scoring.progress', { done: scored, total: scoring.criteria.length }) })]),
        el('fieldset', {}, [el('legend', { className: 'visually-hidden', text: risk.title })].concat(
          scoring.criteria.map(function (c) {
            var key = risk.id + '|' + c.id;
            var id = 'score-' + risk.id + '-' + c.id;
            var yesNo = c.scaleMin === 0 && c.scaleMax === 1;
            var options = [el('option', { value: '', text: t('scoring.notScored') })];
            for (var v = c.scaleMin; v <= c.scaleMax; v++) {
              options.push(el('option', { value: String(v), text: yesNo ? (v === 1 ? t('scoring.yes') : t('scoring.no')) : String(v) }));
            }
            var select = el('select', { id: id, 'data-key': id, disabled: state.busy, onchange: function (e) {
              score(risk.id, c.id, e.target.value === '' ? null : Number(e.target.value));
            } }, options);
            select.value = scoring.mine[key] === undefined ? '' : String(scoring.mine[key]);
            return el('div', { className: 'criterion' }, [
              el('label', { for: id }, [c.name, yesNo ? null : el('span', { className: 'criterion-hint', text: t('scoring.scale', { min: c.scaleMin, max: c.scaleMax }) })]),
              select,
            ]);
          }),
        )),
      ]);
      details.addEventListener('toggle', function () {
        state.openRisks[risk.id] = details.open;
      });
      return details;
    });
    return el('section', { className: 'scores', 'aria-labelledby': 'scoring-title' }, [
      el('h2', { id: 'scoring-title', text: t('scoring.title') }),
      el('p', { className: 'hint', text: t('scoring.intro') }),
    ].concat(blocks));
  }

  function score(riskId, criterionId, value) {
    state.busy = true;
    render();
    api('POST', '/api/scores', { riskId: riskId, criterionId: criterionId, value: value }).then(function (r) {
      state.busy = false;
      if (r.error) {
        if (handleAuthError(r.error)) return;
        warn(r.error);
      } else {
        var key = riskId + '|' + criterionId;
        if (value === null) delete state.view.scoring.mine[key];
        else state.view.scoring.mine[key] = value;
        say(r.data.status === 'applied' ? 'scoring.saved' : 'capture.pending');
      }
      render();
      refresh();
    });
  }

  function mineSection(cards) {
    return el('section', { 'aria-labelledby': 'mine-title' }, [
      el('h2', { id: 'mine-title', text: t('mine.title') }),
      el('ul', { className: 'mine', 'aria-labelledby': 'mine-title' }, cards.map(function (c) {
        var status = c.status === 'refused'
          ? t('mine.refused', { reason: t('refusal.' + (c.reason || 'notApplied'), { limit: c.limit }) })
          : t('mine.' + c.status);
        return el('li', {}, [
          el('span', { className: 'badge', text: t('kind.' + c.kind) }),
          ' ',
          el('span', { className: 'text', text: c.text }),
          ' ',
          el('span', { className: 'status ' + c.status, text: status }),
        ]);
      })),
    ]);
  }

  // Start ----------------------------------------------------------------------------------------

  function start() {
    var fromLink = /(?:^#|&)code=([A-Za-z0-9 -]{1,20})/.exec(location.hash);
    if (fromLink) history.replaceState(null, '', location.pathname); // keep the code out of sight
    var linkCode = fromLink ? normaliseCode(fromLink[1]) : '';
    var stored;
    try {
      stored = JSON.parse(safeGet(STORAGE_KEY) || 'null');
    } catch {
      stored = null;
    }
    if (stored && stored.token && (!linkCode || linkCode === stored.code)) {
      state.code = stored.code;
      state.token = stored.token;
      state.screen = 'main';
      render();
      refresh();
      return;
    }
    forget();
    render();
    if (linkCode) submitCode(linkCode);
  }

  window.addEventListener('pageshow', function (e) {
    if (e.persisted && state.screen === 'main') refresh(); // back from the browser's page cache
  });
  start();
})();
