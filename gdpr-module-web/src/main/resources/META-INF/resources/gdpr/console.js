/* The console's only script of its own: the Menu button that folds the navigation on narrow
   screens. Loaded as a file, since console pages allow no inline script. */
document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('gdpr-menu-toggle');
    if (!toggle) {
        return;
    }
    toggle.addEventListener('click', function () {
        var open = document.body.classList.toggle('gdpr-nav-open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
});
