/* Tribune comments: the embeddable widget. Plain JavaScript, no build step.
 *
 * <div id="tribune-comments"></div>
 * <script src="https://comments.example/embed.js" data-site="SITE" async></script>
 *
 * Script attributes: data-site (required), data-url (else <link rel="canonical">, else the
 * page address), data-theme ("light" | "dark"; else the host page's preference), data-lang,
 * data-sso-token (a token from the host site's sign-in). Elements with data-tribune-count
 * (and data-url or href) get the comment count of that page. window.TribuneStrings
 * overrides any of STRINGS below, to translate the widget. The widget renders into a shadow
 * root: the host page's CSS does not reach it and its CSS does not leak out. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var BASE = new URL(script.src, location.href).origin;

  var STRINGS = Object.assign({
    comments: ['No comments yet', '1 comment', '{n} comments'],
    sort: 'Sort by', best: 'Best', newest: 'Newest', oldest: 'Oldest',
    loadMore: 'Load more comments', loading: 'Loading…',
    write: 'Write', preview: 'Preview', post: 'Post comment', reply: 'Reply',
    save: 'Save', cancel: 'Cancel', edit: 'Edit', delete: 'Delete', link: 'Link',
    linkCopied: 'Link copied', confirmDelete: 'Delete this comment?',
    yourComment: 'Your comment', replyTo: 'Reply to {name}',
    markdownHint: 'Markdown: *italic*, **bold**, > quote, [link](https://…)',
    nothingToPreview: 'Nothing to preview.',
    deleted: 'This comment was deleted.', edited: 'edited', new: 'New',
    pending: 'Awaiting moderation', moderator: 'Moderator', supporter: 'Supporter',
    upvote: 'Vote up', downvote: 'Vote down', score: 'Score',
    signIn: 'Sign in', signUp: 'Create account', signOut: 'Sign out',
    myData: 'Download my data', deleteAccount: 'Delete my account',
    deleteWarning: 'Deleting your account cannot be undone.',
    removeComments: 'Remove my comments', keepComments: 'Keep them, as "deleted account"',
    deleteConfirm: 'Type "delete my account" to confirm', deleteNow: 'Delete for good',
    accountDeleted: 'Your account is deleted.',
    signedInAs: 'Signed in as {name}', email: 'Email', password: 'Password',
    displayName: 'Display name', yourName: 'Your name (optional)',
    replyMail: 'E-mail me replies (optional)', replyMailSent: 'Check your e-mail to confirm replies by mail.',
    checkMail: 'Check your e-mail: the link in it finishes creating your account.',
    forgot: 'Forgot your password?', resetSent: 'If this address has an account, a link to choose a new password is on its way.',
    haveAccount: 'I have an account', noAccount: 'New here? Create an account',
    signInToVote: 'Sign in to vote.', signInToComment: 'Sign in to join the conversation.',
    closed: 'Comments are closed on this article.',
    refusedTitle: 'Not posted: our house rules stop this comment.',
    heldTitle: 'Posted, and held for a moderator to read before it appears.',
    fixAndRetry: 'Your text is still here: change it and post again.',
    rule_fword: 'The F word', rule_abusive: 'Abusive language', rule_obscene: 'Obscenity',
    rule_banned_word: 'A word this site does not publish', rule_suspect_word: 'A word moderators check',
    rule_fword_masked: 'The F word, masked', rule_fword_acronym: 'The F word, abbreviated',
    rule_fword_ru: 'Russian swearing (mat)', rule_fword_tr: 'Turkish swearing',
    rule_threat: 'A threat of violence', rule_identity_attack: 'An attack on a group of people',
    rule_sexual_harassment: 'Sexual harassment',
    rule_insult: 'Insult',
    ruleScore: 'score {score}',
    bannedTitle: 'You cannot comment right now.',
    networkError: 'Could not reach the comment server. Check your connection and try again.',
    newComments: '{n} new', commentsRegion: 'Comments', posted: 'Comment posted.',
    report: 'Report', reportReason: 'Why should moderators look at this comment?', reported: 'Thank you: moderators will look at it.',
    removed: 'Removed by a moderator: {reason}', appeal: 'Appeal', appealMessage: 'Your appeal to the moderators',
    sendAppeal: 'Send appeal', appealSent: 'Your appeal is with the moderators.', warning: 'A moderator warned you: {reason}',
    goAdFree: 'Go ad-free: support this publication and read without ads.', plan: '{name}: {currency} {price} a {interval}',
    signInToSupport: 'Sign in to become a supporter.', thanks: 'Thank you for supporting us: no ads for you.',
    manageSupport: 'Manage or cancel your support'
  }, window.TribuneStrings || {});

  function t(key, vars) {
    var s = STRINGS[key];
    if (s === undefined) return key;
    return String(s).replace(/\{(\w+)\}/g, function (_, k) { return vars && k in vars ? vars[k] : ''; });
  }
  function plural(key, n) {
    var forms = STRINGS[key];
    return String(forms[n === 0 ? 0 : n === 1 ? 1 : 2]).replace('{n}', n);
  }

  var lang = script.getAttribute('data-lang') || document.documentElement.lang || 'en';
  var rtf = window.Intl && Intl.RelativeTimeFormat ? new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }) : null;
  function ago(iso) {
    var secs = (Date.parse(iso) - Date.now()) / 1000;
    var units = [[60, 'second'], [60, 'minute'], [24, 'hour'], [7, 'day'], [4.35, 'week'], [12, 'month'], [Infinity, 'year']];
    for (var i = 0; i < units.length; i++) {
      if (Math.abs(secs) < units[i][0]) {
        var n = Math.round(secs);
        return rtf ? rtf.format(n, units[i][1]) : new Date(iso).toLocaleString(lang);
      }
      secs /= units[i][0];
    }
  }

  /* ---- storage: the session token and anonymous edit tokens, per Tribune server ---- */
  function load(key) { try { return JSON.parse(localStorage.getItem('tribune:' + BASE + ':' + key)); } catch (e) { return null; } }
  function store(key, value) {
    try {
      if (value === null) localStorage.removeItem('tribune:' + BASE + ':' + key);
      else localStorage.setItem('tribune:' + BASE + ':' + key, JSON.stringify(value));
    } catch (e) { /* private mode: the session lasts as long as the page */ }
  }

  /* ---- the API ---- */
  function api(method, path, body, headers) {
    var h = Object.assign({ Accept: 'application/json' }, headers || {});
    var session = load('session');
    if (session && session.token) h.Authorization = 'Bearer ' + session.token;
    else if (session && session.csrf) h['X-CSRF-Token'] = session.csrf; /* a cookie session */
    if (body !== undefined) h['Content-Type'] = 'application/json';
    return fetch(BASE + path, {
      /* same-origin: on Tribune's own pages the sign-in also sets the session cookie, so the
       * server renders them without ads for supporters; on host pages no cookie is sent. */
      method: method, headers: h, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { /* not JSON */ }
        if (!r.ok) {
          var err = (data && data.error) || { code: 'http_' + r.status, message: t('networkError') };
          err.status = r.status;
          if (r.status === 401 && session) store('session', null);
          throw err;
        }
        return data;
      });
    }, function () { throw { code: 'network', message: t('networkError') }; });
  }
  function q(params) {
    return Object.keys(params).filter(function (k) { return params[k] != null; })
      .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]); }).join('&');
  }

  /* ---- DOM helpers ---- */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var k in attrs || {}) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') node.textContent = v;
      else if (k === 'html') node.innerHTML = v; /* only server-sanitized comment HTML */
      else if (k.slice(0, 2) === 'on') node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : v);
    }
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  /* Verdict spans are byte offsets into the UTF-8 text: mark them in the original. */
  function markSpans(text, spans) {
    var bytes = new TextEncoder().encode(text), dec = new TextDecoder(), out = [], at = 0;
    spans.slice().sort(function (a, b) { return a[0] - b[0]; }).forEach(function (s) {
      if (s[0] < at) return;
      out.push(dec.decode(bytes.slice(at, s[0])));
      out.push(el('mark', { text: dec.decode(bytes.slice(s[0], s[1])) }));
      at = s[1];
    });
    out.push(dec.decode(bytes.slice(at)));
    return out;
  }

  /* What the reader sees beside their text when the house rules refuse or hold it. */
  function verdictBox(kind, verdict, text, message) {
    var box = el('div', { class: 'tb-verdict tb-' + kind, role: 'alert' });
    box.appendChild(el('p', { class: 'tb-verdict-title', text: kind === 'held' ? t('heldTitle') : kind === 'banned' ? t('bannedTitle') : t('refusedTitle') }));
    if (!verdict) { box.appendChild(el('p', { text: message })); return box; }
    var list = el('ul');
    verdict.rules.filter(function (r) { return r.decision !== 'allow'; }).forEach(function (r) {
      var item = el('li', { 'data-rule': r.id }, [
        el('strong', { text: t('rule_' + r.id) }), ' ',
        el('span', { class: 'tb-score-note', text: '(' + t('ruleScore', { score: r.score.toFixed(2) }) + ')' }),
        el('p', { text: r.message })
      ]);
      if (r.spans && r.spans.length) item.appendChild(el('blockquote', { class: 'tb-excerpt' }, markSpans(text, r.spans)));
      list.appendChild(item);
    });
    box.appendChild(list);
    if (kind === 'refused') box.appendChild(el('p', { text: t('fixAndRetry') }));
    return box;
  }

  function prefersDark(host) {
    var attr = script.getAttribute('data-theme') || host.getAttribute('data-theme');
    if (attr === 'dark' || attr === 'light') return attr === 'dark';
    var scheme = getComputedStyle(document.documentElement).colorScheme || '';
    if (/^dark$/.test(scheme.trim())) return true;
    if (/^light$/.test(scheme.trim())) return false;
    return window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches;
  }

  /* ---- the widget ---- */
  function Widget(host, site, url) {
    this.site = site; this.url = url; this.sort = 'best';
    this.byId = {}; this.me = load('session'); this.settings = {};
    var root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    root.innerHTML = '';
    root.appendChild(el('link', { rel: 'stylesheet', href: BASE + '/embed.css' }));
    this.box = el('section', { class: 'tb', 'aria-label': t('commentsRegion') });
    var theme = function () { this.box.setAttribute('data-theme', prefersDark(host) ? 'dark' : 'light'); }.bind(this);
    theme();
    if (window.matchMedia) matchMedia('(prefers-color-scheme: dark)').addEventListener('change', theme);
    root.appendChild(this.box);
    this.root = root;
    this.render();
    /* On Tribune's own pages a reader may be signed in by cookie (the /support page). */
    if (!this.me && location.origin === BASE) {
      var self = this;
      api('GET', '/api/v1/me').then(function (me) {
        self.setSession({ csrf: me.csrf_token, reader: { id: me.id, name: me.name } });
      }, function () { /* not signed in */ });
    }
  }

  Widget.prototype.render = function () {
    var self = this;
    this.count = el('h2', { class: 'tb-count', 'aria-live': 'polite' });
    var select = el('select', { id: 'tb-sort', onchange: function () { self.sort = select.value; self.reload(); } },
      ['best', 'newest', 'oldest'].map(function (s) { return el('option', { value: s, text: t(s) }); }));
    this.account = el('div', { class: 'tb-account' });
    this.composer = el('div', { class: 'tb-compose-slot' });
    this.list = el('ol', { class: 'tb-list', role: 'list' });
    this.more = el('button', { type: 'button', class: 'tb-more', hidden: true, text: t('loadMore'), onclick: function () { self.page(); } });
    this.status = el('p', { class: 'tb-sr', role: 'status', 'aria-live': 'polite' });
    this.box.append(
      el('div', { class: 'tb-head' }, [this.count, el('label', { class: 'tb-sort', for: 'tb-sort' }, [t('sort') + ' ']), select]),
      this.account, this.composer, this.list, this.more, this.status);
    this.reload();
  };

  Widget.prototype.announce = function (text) { this.status.textContent = ''; this.status.textContent = text; };

  Widget.prototype.reload = function () {
    this.byId = {}; this.list.textContent = ''; this.cursor = null;
    return this.page().then(this.live.bind(this));
  };

  Widget.prototype.page = function () {
    var self = this;
    this.more.disabled = true; this.more.textContent = t('loading');
    return api('GET', '/api/v1/threads?' + q({ site: this.site, url: this.url, sort: this.sort, cursor: this.cursor }))
      .then(function (data) {
        self.settings = data.settings || {}; self.closed = data.closed;
        self.setCount(data.count);
        data.comments.forEach(function (c) { self.place(c, false); });
        self.cursor = data.next_cursor;
        self.more.hidden = !data.next_cursor; self.more.disabled = false; self.more.textContent = t('loadMore');
        self.renderAccount();
        self.focusHash();
      }, function (err) {
        self.more.hidden = true;
        self.list.replaceChildren(el('li', { class: 'tb-error', role: 'alert', text: err.message }));
      });
  };

  Widget.prototype.setCount = function (n) { this.n = n; this.count.textContent = plural('comments', n); };

  /* Adds or replaces a comment in the tree. `fresh`: arrived live or just posted. */
  Widget.prototype.place = function (c, fresh) {
    var old = this.byId[c.id];
    var node = this.comment(c, fresh);
    if (old) {
      var replies = old.node.querySelector(':scope > .tb-replies');
      node.replaceChild(replies, node.querySelector(':scope > .tb-replies'));
      old.node.replaceWith(node);
    } else {
      var parent = c.parent_id && this.byId[c.parent_id];
      var list = parent ? parent.node.querySelector(':scope > .tb-replies') : this.list;
      if (!parent && c.parent_id) return; /* its parent is on a page not loaded yet */
      if (fresh && !parent && this.sort === 'newest') list.prepend(node); else list.appendChild(node);
    }
    this.byId[c.id] = { data: c, node: node };
  };

  Widget.prototype.mine = function (c) {
    return (this.me && c.author.id && this.me.reader && c.author.id === this.me.reader.id) ||
      (!c.author.id && (load('edits') || {})[c.id]);
  };

  Widget.prototype.comment = function (c, fresh) {
    var self = this, mine = this.mine(c);
    var li = el('li', { class: 'tb-c' + (fresh ? ' tb-is-new' : '') + (c.status === 'pending' ? ' tb-is-pending' : ''), id: 'comment-' + c.id, 'data-id': c.id });
    var replies = el('ol', { class: 'tb-replies', role: 'list' });
    if (c.status === 'deleted') {
      li.append(el('article', { class: 'tb-deleted', 'aria-label': t('deleted') }, [el('p', { text: t('deleted') })]), replies);
      return li;
    }
    var head = el('header', { class: 'tb-meta' }, [el('span', { class: 'tb-author', id: 'tb-a-' + c.id, text: c.author.name })]);
    (c.author.badges || []).forEach(function (b) { head.append(' ', el('span', { class: 'tb-badge tb-badge-' + b, text: t(b) })); });
    head.append(' ', el('a', { class: 'tb-time', href: '#comment-' + c.id, title: new Date(c.created_at).toLocaleString(lang), 'data-time': c.created_at, text: ago(c.created_at) }));
    if (c.edited_at) head.append(' ', el('span', { class: 'tb-edited', text: '· ' + t('edited') }));
    if (fresh) head.append(' ', el('span', { class: 'tb-new', text: t('new') }));
    if (c.status === 'pending') head.append(' ', el('span', { class: 'tb-pending', text: t('pending') }));
    if (c.status === 'rejected') head.append(' ', el('span', { class: 'tb-removed', text: t('removed', { reason: c.refusal_reason || '' }) }));
    var body = el('div', { class: 'tb-body', html: c.html });
    var actions = el('footer', { class: 'tb-actions' });
    var canVote = c.status === 'visible' && !mine;
    var up = el('button', { type: 'button', class: 'tb-vote tb-up', 'aria-label': t('upvote'), 'aria-pressed': String(c.my_vote === 1), disabled: !canVote, text: '▲' });
    var score = el('span', { class: 'tb-score', 'aria-label': t('score'), text: String(c.score) });
    var down = el('button', { type: 'button', class: 'tb-vote tb-down', 'aria-label': t('downvote'), 'aria-pressed': String(c.my_vote === -1), disabled: !canVote, text: '▼' });
    function vote(value) {
      return function () {
        if (!self.me) { self.announce(t('signInToVote')); self.showSignIn(); return; }
        var next = c.my_vote === value ? 0 : value;
        api('POST', '/api/v1/comments/' + c.id + '/vote', { value: next }).then(function (r) {
          c.my_vote = r.my_vote || null; c.score = r.score;
          score.textContent = String(r.score);
          up.setAttribute('aria-pressed', String(r.my_vote === 1));
          down.setAttribute('aria-pressed', String(r.my_vote === -1));
        }, function (err) { self.announce(err.message); });
      };
    }
    up.addEventListener('click', vote(1)); down.addEventListener('click', vote(-1));
    actions.append(up, score, down);
    if (!this.closed && c.status === 'visible') {
      actions.append(el('button', { type: 'button', class: 'tb-reply', 'aria-expanded': 'false', text: t('reply'), onclick: function (e) { self.openReply(c, li, e.currentTarget); } }));
    }
    var windowMs = (this.settings.edit_window_secs || 0) * 1000;
    if (mine && Date.now() - Date.parse(c.created_at) < windowMs) {
      actions.append(el('button', { type: 'button', class: 'tb-edit', text: t('edit'), onclick: function () { self.openEdit(c, li, body); } }));
    }
    if (mine) {
      actions.append(el('button', { type: 'button', class: 'tb-delete', text: t('delete'), onclick: function () {
        if (!confirm(t('confirmDelete'))) return;
        api('DELETE', '/api/v1/comments/' + c.id, undefined, self.editHeader(c)).then(function (d) {
          self.place(d, false); self.setCount(Math.max(0, self.n - (c.status === 'visible' ? 1 : 0)));
        }, function (err) { self.announce(err.message); });
      } }));
    }
    if (!mine && c.status === 'visible' && this.me) {
      actions.append(el('button', { type: 'button', class: 'tb-report', text: t('report'), onclick: function (e) {
        var reason = prompt(t('reportReason'));
        if (!reason || !reason.trim()) return;
        var button = e.currentTarget;
        api('POST', '/api/v1/comments/' + c.id + '/report', { reason: reason.trim() }).then(function () {
          button.disabled = true; self.announce(t('reported'));
        }, function (err) { self.announce(err.message); });
      } }));
    }
    actions.append(el('button', { type: 'button', class: 'tb-link', text: t('link'), onclick: function () {
      var link = self.url + '#comment-' + c.id;
      if (navigator.clipboard) navigator.clipboard.writeText(link).catch(function () {});
      history.replaceState(null, '', '#comment-' + c.id);
      self.announce(t('linkCopied'));
    } }));
    li.append(el('article', { 'aria-labelledby': 'tb-a-' + c.id }, [head, body, actions]), replies);
    return li;
  };

  Widget.prototype.editHeader = function (c) {
    var token = (load('edits') || {})[c.id];
    return token ? { 'X-Edit-Token': token } : undefined;
  };

  /* ---- the composer: post, reply, edit, with preview and the house rules' answer ---- */
  Widget.prototype.form = function (opts) {
    var self = this;
    var id = 'tb-text-' + (opts.key || 'new');
    var text = el('textarea', { id: id, rows: 4, required: true, maxlength: this.settings.max_comment_chars || null, 'aria-describedby': id + '-hint' });
    text.value = opts.value || '';
    var preview = el('div', { class: 'tb-preview', hidden: true, 'aria-live': 'polite' });
    var previewing = false;
    var toggle = el('button', { type: 'button', class: 'tb-tab', 'aria-pressed': 'false', text: t('preview'), onclick: function () {
      previewing = !previewing;
      toggle.setAttribute('aria-pressed', String(previewing));
      toggle.textContent = previewing ? t('write') : t('preview');
      text.hidden = previewing; preview.hidden = !previewing;
      if (!previewing) { text.focus(); return; }
      if (!text.value.trim()) { preview.textContent = t('nothingToPreview'); return; }
      api('POST', '/api/v1/preview', { body: text.value }).then(function (r) { preview.innerHTML = r.html; }, function (err) { preview.textContent = err.message; });
    } });
    var name = null;
    if (!this.me && !opts.editing) name = el('input', { type: 'text', id: id + '-name', autocomplete: 'nickname', maxlength: 60 });
    var mail = name && this.settings.mail ? el('input', { type: 'email', id: id + '-mail', autocomplete: 'email' }) : null;
    var feedback = el('div', { class: 'tb-feedback' });
    var submit = el('button', { type: 'submit', class: 'tb-primary', text: opts.submitLabel });
    var form = el('form', { class: 'tb-form', novalidate: true }, [
      el('label', { for: id, class: 'tb-label', text: opts.label }),
      text, preview,
      el('p', { class: 'tb-hint', id: id + '-hint', text: t('markdownHint') }),
      name ? el('label', { for: id + '-name', class: 'tb-label', text: t('yourName') }) : null, name,
      mail ? el('label', { for: id + '-mail', class: 'tb-label', text: t('replyMail') }) : null, mail,
      feedback,
      el('div', { class: 'tb-form-actions' }, [submit, toggle,
        opts.onCancel ? el('button', { type: 'button', class: 'tb-cancel', text: t('cancel'), onclick: opts.onCancel }) : null])
    ]);
    form.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && opts.onCancel) opts.onCancel();
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.requestSubmit();
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var value = text.value;
      if (!value.trim()) { text.focus(); return; }
      submit.disabled = true; feedback.textContent = '';
      opts.send(value, name && name.value.trim() || undefined).then(function (c) {
        submit.disabled = false;
        if (c.status === 'pending' && c.verdict) {
          feedback.appendChild(verdictBox('held', c.verdict, value));
          text.value = '';
        } else {
          text.value = '';
          self.announce(t('posted'));
        }
        if (mail && mail.value.trim()) {
          api('POST', '/api/v1/subscriptions', { site: self.site, kind: 'replies', comment_id: c.id, email: mail.value.trim() }).then(function () {
            self.announce(t('replyMailSent'));
          }, function (err) { self.announce(err.message); });
        }
        if (opts.done) opts.done(c, feedback.childNodes.length > 0);
      }, function (err) {
        submit.disabled = false;
        var kind = err.code === 'refused' ? 'refused' : err.code === 'banned' ? 'banned' : 'error';
        feedback.appendChild(kind === 'error' ? el('p', { class: 'tb-error', role: 'alert', text: err.message }) : verdictBox(kind, err.verdict, value, err.message));
        if (kind === 'banned' && self.me) feedback.appendChild(self.appealForm());
        if (err.code === 'unauthorized') self.renderAccount();
        text.focus();
      });
    });
    form.text = text;
    return form;
  };

  /* A banned reader's appeal: it lands in the moderators' appeals queue. */
  Widget.prototype.appealForm = function () {
    var self = this;
    var text = el('textarea', { id: 'tb-appeal', rows: 3, required: true, maxlength: 2000 });
    var form = el('form', { class: 'tb-form tb-appeal' }, [
      el('label', { for: 'tb-appeal', class: 'tb-label', text: t('appealMessage') }), text,
      el('div', { class: 'tb-form-actions' }, [el('button', { type: 'submit', class: 'tb-primary', text: t('sendAppeal') })])
    ]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!text.value.trim()) { text.focus(); return; }
      api('POST', '/api/v1/appeals', { site: self.site, message: text.value.trim() }).then(function () {
        form.replaceWith(el('p', { role: 'status', text: t('appealSent') }));
      }, function (err) { form.appendChild(el('p', { class: 'tb-error', role: 'alert', text: err.message })); });
    });
    return form;
  };

  Widget.prototype.canWrite = function () { return this.me || this.settings.anonymous; };

  Widget.prototype.renderComposer = function () {
    var self = this;
    this.composer.textContent = '';
    if (this.closed) { this.composer.appendChild(el('p', { class: 'tb-closed', text: t('closed') })); return; }
    if (!this.canWrite()) { this.composer.appendChild(el('p', { class: 'tb-hint', text: t('signInToComment') })); return; }
    this.composer.appendChild(this.form({
      label: t('yourComment'), submitLabel: t('post'),
      send: function (body, name) { return self.send({ body: body, author_name: name }); },
      done: function (c) { self.placeNew(c); }
    }));
  };

  /* A random id for this browser, kept in the host page's storage: moderators see when a
   * banned reader comes back under a new name from the same browser. */
  function device() {
    var id = load('device');
    if (!id) { id = (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2) + Date.now()); store('device', id); }
    return id;
  }

  Widget.prototype.send = function (fields) {
    return api('POST', '/api/v1/comments', Object.assign({ site: this.site, url: this.url }, fields), { 'X-Tribune-Device': device() }).then(function (c) {
      if (c.edit_token) { var edits = load('edits') || {}; edits[c.id] = c.edit_token; store('edits', edits); }
      return c;
    });
  };

  /* A comment just posted here or arrived live (the live copy of our own may come first). */
  Widget.prototype.placeNew = function (c) {
    var known = !!this.byId[c.id];
    this.place(c, true);
    if (!known && c.status === 'visible') this.setCount(this.n + 1);
  };

  Widget.prototype.openReply = function (c, li, button) {
    var self = this;
    var existing = li.querySelector(':scope > .tb-form');
    if (existing) { existing.text.focus(); return; }
    if (!this.canWrite()) { this.announce(t('signInToComment')); this.showSignIn(); return; }
    var close = function () { form.remove(); button.setAttribute('aria-expanded', 'false'); button.focus(); };
    var form = this.form({
      key: 'reply-' + c.id, label: t('replyTo', { name: c.author.name }), submitLabel: t('reply'), onCancel: close,
      send: function (body, name) { return self.send({ body: body, author_name: name, parent_id: c.id }); },
      done: function (r, held) { self.placeNew(r); if (!held) close(); }
    });
    li.insertBefore(form, li.querySelector(':scope > .tb-replies'));
    button.setAttribute('aria-expanded', 'true');
    form.text.focus();
  };

  Widget.prototype.openEdit = function (c, li, body) {
    var self = this;
    if (li.querySelector(':scope > article .tb-form')) return;
    var close = function () { form.remove(); body.hidden = false; };
    var form = this.form({
      key: 'edit-' + c.id, label: t('edit'), submitLabel: t('save'), value: c.body || '', editing: true, onCancel: close,
      send: function (text) { return api('PATCH', '/api/v1/comments/' + c.id, { body: text }, self.editHeader(c)); },
      done: function (updated, held) { self.place(updated, false); if (!held) close(); }
    });
    body.hidden = true;
    body.after(form);
    form.text.focus();
  };

  /* ---- accounts: email and password, or the host site's SSO token ---- */
  Widget.prototype.renderAccount = function () {
    var self = this;
    this.account.textContent = '';
    this.support();
    if (this.me) {
      api('GET', '/api/v1/notices?' + q({ site: this.site })).then(function (n) {
        (n.warnings || []).forEach(function (w) {
          self.account.appendChild(el('p', { class: 'tb-warning', role: 'alert', text: t('warning', { reason: w.reason }) }));
        });
      }, function () { /* notices are a courtesy */ });
      this.account.append(el('span', { text: t('signedInAs', { name: this.me.reader.name }) }), ' ',
        el('button', { type: 'button', class: 'tb-linkish tb-signout', text: t('signOut'), onclick: function () {
          api('POST', '/api/v1/auth/logout').catch(function () {}).then(function () { self.setSession(null); });
        } }), ' ',
        el('button', { type: 'button', class: 'tb-linkish tb-mydata', text: t('myData'), onclick: function () {
          api('GET', '/api/v1/me/export').then(function (data) {
            var blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
            var a = el('a', { href: URL.createObjectURL(blob), download: 'tribune-account.json' });
            self.account.appendChild(a); a.click(); a.remove();
          }, function (err) { self.announce(err.message); });
        } }), ' ',
        el('button', { type: 'button', class: 'tb-linkish tb-delete-account', text: t('deleteAccount'), onclick: function () { self.showDeleteAccount(); } }));
    } else if (!this.signInOpen) {
      this.account.append(el('button', { type: 'button', class: 'tb-linkish tb-signin', text: t('signIn'), onclick: function () { self.showSignIn(); } }));
    }
    if (!this.signInOpen) this.renderComposer();
  };

  /* Deleting the account: the reader chooses what becomes of their comments and types the
   * confirmation the API asks for. */
  Widget.prototype.showDeleteAccount = function () {
    var self = this;
    if (this.account.querySelector('.tb-delete-form')) return;
    var confirm = el('input', { type: 'text', id: 'tb-delete-confirm', autocomplete: 'off', required: true });
    var remove = el('input', { type: 'radio', name: 'tb-comments', id: 'tb-remove', checked: true });
    var keep = el('input', { type: 'radio', name: 'tb-comments', id: 'tb-keep' });
    var form = el('form', { class: 'tb-form tb-delete-form', 'aria-label': t('deleteAccount') }, [
      el('p', { text: t('deleteWarning') }),
      el('div', {}, [remove, el('label', { for: 'tb-remove', text: t('removeComments') })]),
      el('div', {}, [keep, el('label', { for: 'tb-keep', text: t('keepComments') })]),
      el('label', { for: 'tb-delete-confirm', class: 'tb-label', text: t('deleteConfirm') }), confirm,
      el('button', { type: 'submit', class: 'tb-primary', text: t('deleteNow') })
    ]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      api('DELETE', '/api/v1/me', { confirm: confirm.value, comments: keep.checked ? 'keep' : 'remove' })
        .then(function () { self.setSession(null); self.announce(t('accountDeleted')); },
          function (err) { self.announce(err.message); });
    });
    this.account.appendChild(form);
    confirm.focus();
  };

  /* Supporters: tell the host page (a class on <html> and a `tribune:supporter` event, so it
   * can hide its own ads) and hide ad slots marked data-ad-slot. Others: the plans. */
  Widget.prototype.support = function () {
    var self = this;
    var box = this.supportBox || (this.supportBox = el('div', { class: 'tb-support' }));
    if (!box.parentNode) this.account.before(box);
    box.textContent = '';
    var me = this.me ? api('GET', '/api/v1/me') : Promise.resolve(null);
    Promise.all([me, api('GET', '/api/v1/billing/plans?' + q({ site: this.site }))]).then(function (r) {
      var mine = r[0] && (r[0].supporter || []).filter(function (s) { return s.site === self.site; })[0];
      if (mine) {
        document.documentElement.classList.add('tribune-supporter');
        document.querySelectorAll('[data-ad-slot]').forEach(function (n) { n.remove(); });
        document.dispatchEvent(new CustomEvent('tribune:supporter', { detail: { site: self.site, until: mine.until } }));
        box.appendChild(el('p', { class: 'tb-thanks', text: t('thanks') }));
        if (mine.source === 'stripe') {
          box.appendChild(el('button', { type: 'button', class: 'tb-linkish tb-portal', text: t('manageSupport'), onclick: function () {
            api('POST', '/api/v1/billing/portal', { site: self.site, return_url: location.href.split('#')[0] })
              .then(function (s) { location.href = s.url; }, function (err) { self.announce(err.message); });
          } }));
        }
        return;
      }
      if (!r[1].plans.length) return;
      box.appendChild(el('p', { class: 'tb-support-title', text: t('goAdFree') }));
      r[1].plans.forEach(function (p) {
        box.appendChild(el('button', { type: 'button', class: 'tb-plan', 'data-plan': p.id, text: t('plan', p), onclick: function () {
          if (!self.me) { self.announce(t('signInToSupport')); self.showSignIn(); return; }
          api('POST', '/api/v1/billing/checkout', { site: self.site, plan: p.id, return_url: location.href.split('#')[0] })
            .then(function (s) { location.href = s.url; }, function (err) { self.announce(err.message); });
        } }));
      });
    }, function () { /* plans are optional */ });
  };

  Widget.prototype.setSession = function (session) {
    this.me = session; store('session', session);
    this.signInOpen = false;
    this.reload();
  };

  Widget.prototype.showSignIn = function (creating) {
    var self = this;
    this.signInOpen = true;
    this.account.textContent = '';
    var email = el('input', { type: 'email', id: 'tb-email', autocomplete: 'email', required: true });
    var password = el('input', { type: 'password', id: 'tb-password', autocomplete: creating ? 'new-password' : 'current-password', required: true, minlength: 8 });
    var name = creating ? el('input', { type: 'text', id: 'tb-name', autocomplete: 'nickname', required: true }) : null;
    var feedback = el('div', { class: 'tb-feedback' });
    var form = el('form', { class: 'tb-form tb-signin-form', 'aria-label': creating ? t('signUp') : t('signIn') }, [
      name ? el('label', { for: 'tb-name', class: 'tb-label', text: t('displayName') }) : null, name,
      el('label', { for: 'tb-email', class: 'tb-label', text: t('email') }), email,
      el('label', { for: 'tb-password', class: 'tb-label', text: t('password') }), password,
      feedback,
      el('div', { class: 'tb-form-actions' }, [
        el('button', { type: 'submit', class: 'tb-primary', text: creating ? t('signUp') : t('signIn') }),
        el('button', { type: 'button', class: 'tb-linkish', text: creating ? t('haveAccount') : t('noAccount'), onclick: function () { self.showSignIn(!creating); } }),
        creating || !self.settings.mail ? null : el('button', { type: 'button', class: 'tb-linkish', text: t('forgot'), onclick: function () {
          if (!email.value.trim()) { email.focus(); return; }
          api('POST', '/api/v1/auth/password-reset', { email: email.value.trim(), site: self.site }).then(function () {
            feedback.replaceChildren(el('p', { role: 'status', text: t('resetSent') }));
          }, function (err) { feedback.replaceChildren(el('p', { class: 'tb-error', role: 'alert', text: err.message })); });
        } }),
        el('button', { type: 'button', class: 'tb-cancel', text: t('cancel'), onclick: function () { self.signInOpen = false; self.renderAccount(); } })
      ])
    ]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var body = { email: email.value.trim(), password: password.value };
      if (creating) body.name = name.value.trim();
      if (creating) body.site = self.site;
      api('POST', creating ? '/api/v1/auth/signup' : '/api/v1/auth/login', body).then(function (r) {
        if (r.status === 'confirmation_sent') { feedback.replaceChildren(el('p', { role: 'status', text: t('checkMail') })); return; }
        self.setSession({ token: r.token, reader: r.reader });
      }, function (err) {
        feedback.replaceChildren(el('p', { class: 'tb-error', role: 'alert', text: err.message }));
      });
    });
    this.account.appendChild(form);
    this.composer.textContent = '';
    (name || email).focus();
  };

  Widget.prototype.sso = function (token) {
    var self = this;
    return api('POST', '/api/v1/auth/sso', { site: this.site, token: token }).then(function (r) {
      self.setSession({ token: r.token, reader: r.reader });
    }, function (err) { self.announce(err.message); });
  };

  /* ---- live updates and permalinks ---- */
  Widget.prototype.live = function () {
    var self = this;
    if (this.events || !window.EventSource) return;
    this.events = new EventSource(BASE + '/api/v1/threads/live?' + q({ site: this.site, url: this.url }));
    this.events.addEventListener('comment', function (e) {
      var c = JSON.parse(e.data);
      if (self.byId[c.id]) return;
      self.placeNew(c);
      self.announce(t('newComments', { n: 1 }));
    });
  };

  Widget.prototype.focusHash = function () {
    var m = /^#comment-(\d+)$/.exec(location.hash);
    if (!m) return;
    var hit = this.byId[m[1]];
    /* A permalink to a comment on a later page: load pages until it appears (at most 20). */
    if (!hit) { if (this.cursor && (this.sought = (this.sought || 0) + 1) <= 20) this.page(); return; }
    this.root.querySelectorAll('.tb-target').forEach(function (n) { n.classList.remove('tb-target'); });
    hit.node.classList.add('tb-target');
    hit.node.scrollIntoView({ block: 'center' });
    var link = hit.node.querySelector('.tb-time');
    if (link) link.focus({ preventScroll: true });
  };

  function refreshTimes(widget) {
    widget.root.querySelectorAll('[data-time]').forEach(function (n) { n.textContent = ago(n.getAttribute('data-time')); });
  }

  /* ---- comment counts for links on listing pages ---- */
  function counts(site) {
    var nodes = [].slice.call(document.querySelectorAll('[data-tribune-count]'));
    if (!nodes.length) return;
    var bySite = {};
    nodes.forEach(function (n) {
      var s = n.getAttribute('data-site') || site;
      var raw = n.getAttribute('data-url') || n.getAttribute('href');
      if (!s || !raw) return;
      var u = new URL(raw, location.href); u.hash = '';
      (bySite[s] = bySite[s] || []).push({ node: n, url: u.href });
    });
    Object.keys(bySite).forEach(function (s) {
      var items = bySite[s];
      var urls = items.map(function (i) { return i.url; }).filter(function (u, i, all) { return all.indexOf(u) === i; });
      api('POST', '/api/v1/counts', { site: s, urls: urls }).then(function (r) {
        items.forEach(function (i) { i.node.textContent = plural('comments', r.counts[i.url] || 0); });
      }, function () { /* counts are decoration: leave the links as they are */ });
    });
  }

  function canonical() {
    var attr = script.getAttribute('data-url');
    var link = document.querySelector('link[rel="canonical"]');
    var u = new URL(attr || (link && link.href) || location.href, location.href);
    u.hash = '';
    return u.href;
  }

  function start() {
    var host = document.getElementById('tribune-comments');
    var site = script.getAttribute('data-site') || (host && host.getAttribute('data-site'));
    counts(site);
    if (!host || !site) return;
    var widget = new Widget(host, site, host.getAttribute('data-url') || canonical());
    window.Tribune = { widget: widget, sso: widget.sso.bind(widget), refreshCounts: function () { counts(site); } };
    var ssoToken = script.getAttribute('data-sso-token');
    if (ssoToken) widget.sso(ssoToken);
    window.addEventListener('hashchange', function () { widget.focusHash(); });
    setInterval(function () { refreshTimes(widget); }, 60000);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
