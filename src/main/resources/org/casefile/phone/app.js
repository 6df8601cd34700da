// Sends the chosen files one at a time (a progress bar each) and lists what Casefile made of them.
(function () {
  var files = document.getElementById('files');
  var kind = document.getElementById('kind');
  var send = document.getElementById('send');
  var progress = document.getElementById('progress');
  var status = document.getElementById('status');
  var arrived = document.getElementById('arrived');
  var preset = new URLSearchParams(location.search).get('kind');
  if (preset) { kind.value = preset; }
  var upload = location.pathname.replace(/\/$/, '') + '/upload';

  function show(text, rejected) {
    var item = document.createElement('li');
    item.textContent = text;
    if (rejected) { item.className = 'rejected'; }
    arrived.appendChild(item);
  }

  function sendOne(list, index) {
    if (index >= list.length) {
      status.textContent = list.length + ' sent.';
      progress.hidden = true;
      send.disabled = false;
      files.value = '';
      return;
    }
    var file = list[index];
    var form = new FormData();
    form.append('kind', kind.value);
    form.append('file', file, file.name);
    var request = new XMLHttpRequest();
    request.open('POST', upload);
    request.upload.onprogress = function (e) {
      if (e.lengthComputable) { progress.value = Math.round(100 * e.loaded / e.total); }
    };
    request.onload = function () {
      if (request.status === 200) {
        JSON.parse(request.responseText).forEach(function (r) {
          show(r.file + ': ' + r.text, r.status === 'rejected');
        });
      } else {
        show(file.name + ': ' + (request.responseText || 'not taken (' + request.status + ')'), true);
      }
      sendOne(list, index + 1);
    };
    request.onerror = function () {
      show(file.name + ': not sent. Is Casefile still waiting? Open the link again.', true);
      sendOne(list, index + 1);
    };
    status.textContent = 'Sending ' + (index + 1) + ' of ' + list.length + ': ' + file.name;
    progress.value = 0;
    request.send(form);
  }

  send.addEventListener('click', function () {
    if (!files.files.length) { status.textContent = 'Choose photos or videos first.'; return; }
    send.disabled = true;
    progress.hidden = false;
    sendOne(Array.prototype.slice.call(files.files), 0);
  });
})();
