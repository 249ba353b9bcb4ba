/* Cookie consent UI; its forms also work without it (POST, 303) */
((w, d) => {
  // Consent Mode default, before any tag
  w.dataLayer = w.dataLayer || [];
  function gtag() { w.dataLayer.push(arguments); }
  w.gtag = w.gtag || gtag;
  const no = 'denied';
  gtag('consent', 'default', { ad_storage: no, ad_user_data: no, ad_personalization: no, analytics_storage: no,
    functionality_storage: no, personalization_storage: no, security_storage: 'granted', wait_for_update: 500 });

  const src = (d.currentScript || {}).src || ''; // set only while loading
  const $ = (s, r = d) => r.querySelector(s);
  const $$ = (s, r = d) => [...r.querySelectorAll(s)];
  const at = (e, a) => e.getAttribute(a);
  const fire = detail => d.dispatchEvent(new CustomEvent('gdpr:consent', { detail }));
  let S = { categories: {}, services: {} }, c, prefs, cur, back, native;

  const ok = e => !!(at(e, 'data-gdpr-service') ? S.services[at(e, 'data-gdpr-service')] : S.categories[at(e, 'data-gdpr-category')]);

  function apply() {
    gtag('consent', 'update', S.consentMode);
    // keep document order: inline code waits for earlier externals
    let q = Promise.resolve(), ext = q;
    $$('script[type="text/plain"][data-gdpr-category]:not([data-gdpr-done])').filter(ok).forEach(o => {
      const n = d.createElement('script'), u = at(o, 'data-gdpr-src') || at(o, 'src'), ins = () => o.after(n);
      for (const a of o.attributes) if (a.name != 'type' && a.name.indexOf('data-gdpr-')) n.setAttribute(a.name, a.value);
      n.nonce = o.nonce; // attribute reads empty
      n.text = o.text;
      o.setAttribute('data-gdpr-done', '');
      if (u) {
        n.src = u;
        n.async = false;
        ext = Promise.all([ext, new Promise(r => { n.onload = n.onerror = r; })]);
        q = q.then(ins);
      } else q = Promise.all([q, ext]).then(ins);
    });
    $$('[data-gdpr-embed]').filter(ok).forEach(e => {
      const p = $('.gdpr-embed-placeholder', e), f = d.createElement('iframe');
      if (!p) return;
      for (const k of ['src', 'title', 'width', 'height']) if (at(e, 'data-gdpr-' + k)) f.setAttribute(k, at(e, 'data-gdpr-' + k));
      f.loading = 'lazy';
      f.allowFullscreen = true;
      const allowed = p.contains(d.activeElement);
      p.replaceWith(f);
      if (allowed) f.focus();
    });
    expire();
  }

  function expire() {
    const re = (S.expire || []).map(p => RegExp('^' + p.replace(/\W/g, '\\$&').replace(/\\\*/g, '.*') + '$'));
    const h = location.hostname, ds = ['', h];
    for (let p = h.split('.'); p.length > 2;) p.shift(), ds.push('.' + p.join('.'));
    for (let k of d.cookie.split(/; */)) {
      k = k.split('=')[0];
      if (k && re.some(r => r.test(k))) for (const x of ds) d.cookie = k + '=;max-age=0;path=/' + (x && ';domain=' + x);
    }
  }

  function show(g) {
    const was = cur;
    if (g && !was) back = d.activeElement;
    $$('#gdpr-banner,#gdpr-preferences').forEach(x => x.hidden = g != x);
    cur = g;
    if (g) {
      const t = $('h2', g);
      t.tabIndex = -1;
      t.focus();
    } else if (was) back.focus();
  }

  // not in the page once decided: fetched
  async function open() {
    if (!prefs) return load().then(open);
    for (const i of $$('input[type=checkbox]', prefs)) if (!i.disabled) i.checked = !!S[i.name == 'category' ? 'categories' : 'services'][i.value];
    $$('fieldset', prefs).forEach(sync);
    show(prefs);
  }

  function sync(f) {
    const [b, ...s] = $$('input', f), n = s.filter(i => i.checked).length;
    if (!b.disabled && s.length) b.checked = n > 0, b.indeterminate = n > 0 && n < s.length;
  }

  const find = () => (c = $('#gdpr-consent'), prefs = $('#gdpr-preferences'));

  const load = () => fetch(src.replace(/consent\.js.*/, 'api/consents/current?return=') + encodeURIComponent(location.pathname + location.search))
    .then(r => r.json()).then(j => {
      c ? c.outerHTML = j.html : d.body.insertAdjacentHTML('beforeend', j.html);
      find();
    });

  function init() {
    find();
    if (!c) return load().then(() => c && init());
    S = JSON.parse(at(c, 'data-state'));
    fire({ ...S, initial: true });
    w.cookieStore ? cookieStore.addEventListener('change', expire) : setInterval(expire, 2000);
    if (S.decided) apply();
    else show($('#gdpr-banner'));
  }

  d.addEventListener('submit', e => {
    const f = e.target, s = e.submitter;
    if (native || !c || !c.contains(f) && !f.closest('[data-gdpr-embed]')) return;
    e.preventDefault();
    const fd = new FormData(f);
    if (s && s.name) fd.append(s.name, s.value);
    fetch(at(c, 'data-api'), {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: fd.get('action'), categories: fd.getAll('category'), services: fd.getAll('service'),
        language: fd.get('language'), textHash: fd.get('text') })
    }).then(r => r.ok ? r.json() : Promise.reject()).then(j => {
      S = j;
      show();
      apply();
      fire(S);
    }).catch(() => {
      native = 1; // plain POST, 303 back
      f.requestSubmit(s);
    });
  });

  d.addEventListener('click', e => {
    const a = c && e.target.closest('[data-gdpr-customise],[data-gdpr-open-preferences]');
    if (a) e.preventDefault(), open().catch(() => location = a.href);
  });

  d.addEventListener('change', ({ target: i }) => {
    const f = prefs && prefs.contains(i) && i.closest('fieldset');
    if (!f) return;
    if (i.name == 'category') for (const x of $$('input:enabled', f)) x.checked = i.checked;
    sync(f);
  });

  // Escape = refusal (CNIL), except in a centre reopened after a choice
  d.addEventListener('keydown', e => {
    if (!cur) return;
    if (e.key == 'Enter' && e.target.type == 'checkbox') e.preventDefault(); // no implicit submit as "close"
    else if (e.key == 'Escape') {
      e.preventDefault();
      if (cur == prefs && S.decided) show();
      else $('.gdpr-close', cur).click();
    } else if (e.key == 'Tab') {
      const l = $$('a[href],button,input,summary,[tabindex]', cur)
        .filter(x => !x.disabled && x.tabIndex >= 0 && x.getClientRects().length), a = d.activeElement;
      if (e.shiftKey ? a == l[0] || !l.includes(a) : a == l[l.length - 1]) e.preventDefault(), l[e.shiftKey ? l.length - 1 : 0].focus();
    }
  });
  d.addEventListener('focusin', e => cur && !cur.contains(e.target) && $('h2', cur).focus());

  w.gdprConsent = {
    get state() { return S; },
    granted: k => !!S.categories[k],
    grantedService: k => !!S.services[k],
    open
  };
  if (d.readyState == 'loading') d.addEventListener('DOMContentLoaded', init);
  else init();
})(window, document);

