// ruleid: js/postmessage-no-origin-check
window.addEventListener("message", (event) => {
  if (event.origin !== window.location.origin) return;
  if (event.data.type === "navigate") {
    window.location.href = event.data.url;
  }
});

// ruleid: js/postmessage-no-origin-check
self.addEventListener("message", function (e) {
  document.getElementById("status").textContent = e.data.status;
});

// ok: js/postmessage-no-origin-check
window.addEventListener("message", (event) => {
  if (event.origin !== "https://app.example.com") return;
  if (event.data.type === "navigate") showPage(event.data.page);
});

// ok: js/postmessage-no-origin-check
button.addEventListener("click", (event) => submit(event.target.dataset.id));
