function addMessage(list, message) {
  // ruleid: js/insert-adjacent-html
  list.insertAdjacentHTML("beforeend", `<li class="msg">${message.text}</li>`);
}

window.addEventListener("message", (event) => {
  if (event.origin !== "https://app.example.com") return;
  // ruleid: js/insert-adjacent-html
  document.body.insertAdjacentText("afterbegin", event.data.banner);
});

function addMessageSafely(list, message) {
  const item = document.createElement("li");
  item.className = "msg";
  item.textContent = message.text;
  // ok: js/insert-adjacent-html
  list.insertAdjacentText("beforeend", message.text);
}

function addDivider(list) {
  // ok: js/insert-adjacent-html
  list.insertAdjacentHTML("beforeend", "<hr>");
}
