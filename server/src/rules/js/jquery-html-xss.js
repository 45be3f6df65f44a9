function showResults(query, results) {
  // ruleid: js/jquery-html-xss
  $("#summary").html("Results for <b>" + query + "</b>");
  results.forEach((r) => {
    // ruleid: js/jquery-html-xss
    $("#list").append(`<li>${r.title}</li>`);
  });
}

function showName(user) {
  // ruleid: js/jquery-html-xss
  $("#name").html(user.displayName);
}

function openTab() {
  // ruleid: js/jquery-html-xss
  $(location.hash).addClass("active");
}

function showResultsSafely(query, results) {
  // ok: js/jquery-html-xss
  $("#summary").text("Results for " + query);
  results.forEach((r) => {
    // ok: js/jquery-html-xss
    $("#list").append($("<li>").text(r.title));
  });
}

function reset() {
  // ok: js/jquery-html-xss
  $("#list").html("<li class='empty'>No results</li>");
}

function select(id) {
  // ok: js/jquery-html-xss
  $("#row-" + CSS.escape(id)).addClass("selected");
}
