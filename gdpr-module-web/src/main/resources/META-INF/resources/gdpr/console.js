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

/* The register (gdpr/admin/register/): the Print button of the Art. 30 record, and the import of
   a register file, which is read here and sent to the console API (PUT /gdpr/api/admin/register,
   same origin, so the API's origin check passes). The texts come from the button's data-*
   attributes, in the page's language. */
document.addEventListener('DOMContentLoaded', function () {
    var print = document.getElementById('record-print');
    if (print) {
        print.addEventListener('click', function () {
            window.print();
        });
    }

    var button = document.getElementById('register-import-button');
    var input = document.getElementById('register-import-file');
    var outcome = document.getElementById('register-import-outcome');
    if (!button || !input || !outcome) {
        return;
    }

    function show(kind, lines, details) {
        outcome.className = 'gdpr-import-outcome gdpr-import-' + kind;
        outcome.setAttribute('role', kind === 'refused' ? 'alert' : 'status');
        outcome.textContent = '';
        lines.forEach(function (line) {
            var paragraph = document.createElement('p');
            paragraph.textContent = line;
            outcome.appendChild(paragraph);
        });
        if (details && details.length) {
            var list = document.createElement('ul');
            list.id = 'register-import-problems';
            details.forEach(function (detail) {
                var item = document.createElement('li');
                item.textContent = detail;
                list.appendChild(item);
            });
            outcome.appendChild(list);
        }
    }

    function fill(template, values) {
        return template.replace(/\{(\w+)\}/g, function (all, name) {
            return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
        });
    }

    button.addEventListener('click', function () {
        var file = input.files && input.files[0];
        if (!file) {
            show('refused', [button.dataset.choose]);
            input.focus();
            return;
        }
        if (!window.confirm(button.dataset.confirm)) {
            return;
        }
        button.disabled = true;
        show('busy', [button.dataset.sending]);
        file.text().then(function (body) {
            var headers = {'Content-Type': 'application/json; charset=UTF-8', 'Accept': 'application/json'};
            if (/^[\x20-\x7e]{1,200}$/.test(file.name)) {
                headers['X-Register-File-Name'] = file.name;
            }
            return fetch(button.dataset.url, {method: 'PUT', headers: headers, body: body, credentials: 'same-origin'});
        }).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try {
                    json = JSON.parse(text);
                } catch (notJson) {
                    json = null;
                }
                return {ok: response.ok, status: response.status, json: json};
            });
        }).then(function (answer) {
            var json = answer.json || {};
            if (answer.ok) {
                var lines = [fill(button.dataset.done, {file: file.name, created: json.created, changed: json.changed,
                    deleted: json.deleted, unchanged: json.unchanged})];
                if (json.controllerChanged) {
                    lines.push(button.dataset.controller);
                }
                show('ok', lines);
                input.value = '';
                // the lists on the page show the register as imported
                var reload = document.getElementById('register:reload');
                if (reload) {
                    reload.click();
                }
            } else {
                show('refused', [button.dataset.refused, json.message || ('HTTP ' + answer.status)],
                    Array.isArray(json.details) ? json.details : []);
            }
        }).catch(function () {
            show('refused', [button.dataset.failed]);
        }).then(function () {
            button.disabled = false;
        });
    });
});
