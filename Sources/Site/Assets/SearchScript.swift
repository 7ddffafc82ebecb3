/// The client-side search: plain JavaScript, no dependencies, works from `file://`.
///
/// It reads the index that `search-index.js` assigns to `window.REPRO_SEARCH_INDEX`
/// (a script rather than `fetch`, which browsers refuse on `file://`), matches every
/// word of the query against each entry's text, and lists the hits under the box.
/// Results are built with DOM calls and `textContent`, never `innerHTML`.
enum SearchScript {
    /// The contents of `search.js`.
    static let javascript = #"""
(function () {
  "use strict";
  var input = document.getElementById("site-search");
  var list = document.getElementById("site-search-results");
  if (!input || !list) { return; }
  var root = input.getAttribute("data-root") || "";
  var entries = window.REPRO_SEARCH_INDEX || [];
  var haystacks = entries.map(function (e) {
    return [e.title, e.subtitle, e.text].join(" ").toLowerCase();
  });

  function clear() {
    while (list.firstChild) { list.removeChild(list.firstChild); }
  }

  function show(query) {
    clear();
    var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    if (words.length === 0) { list.hidden = true; input.setAttribute("aria-expanded", "false"); return; }
    var hits = 0;
    for (var i = 0; i < entries.length && hits < 20; i++) {
      var text = haystacks[i];
      var all = words.every(function (w) { return text.indexOf(w) !== -1; });
      if (!all) { continue; }
      hits++;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + entries[i].url;
      a.textContent = entries[i].title;
      var sub = document.createElement("span");
      sub.className = "sub";
      sub.textContent = entries[i].subtitle;
      a.appendChild(sub);
      li.appendChild(a);
      list.appendChild(li);
    }
    if (hits === 0) {
      var none = document.createElement("li");
      none.className = "empty";
      none.textContent = "No matches";
      list.appendChild(none);
    }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  input.addEventListener("input", function () { show(input.value); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { input.value = ""; show(""); }
    if (event.key === "Enter") {
      var first = list.querySelector("a");
      if (first) { event.preventDefault(); window.location.href = first.href; }
    }
  });
  document.addEventListener("click", function (event) {
    if (!list.contains(event.target) && event.target !== input) { list.hidden = true; }
  });
  var form = input.form;
  if (form) { form.addEventListener("submit", function (event) { event.preventDefault(); }); }
})();
"""#
}
