// The shop's own audience measurement (self-hosted, like Matomo without its cookies' reach):
// a visitor id kept 13 months, a session id kept 30 minutes, one hit per page view. Runs only
// once the visitor allowed "analytics": the GDPR module renders this script inert until then.
(function () {
    function cookie(name) {
        var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
        return m ? m[1] : null;
    }
    function id() {
        return Math.random().toString(36).slice(2) + Date.now().toString(36);
    }
    var visitor = cookie('_sa_id') || id();
    var session = cookie('_sa_ses') || id();
    document.cookie = '_sa_id=' + visitor + '; max-age=' + 60 * 60 * 24 * 395 + '; path=/; SameSite=Lax';
    document.cookie = '_sa_ses=' + session + '; max-age=' + 60 * 30 + '; path=/; SameSite=Lax';
    var base = document.currentScript ? document.currentScript.src.replace(/\/resources\/shop\/analytics\.js.*$/, '') : '';
    var body = new URLSearchParams({page: location.pathname, visitor: visitor, session: session});
    fetch(base + '/analytics/hit', {method: 'POST', body: body, credentials: 'same-origin', keepalive: true});
    window.shopAnalytics = {visitor: visitor, session: session};
})();
