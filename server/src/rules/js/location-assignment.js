function continueAfterLogin() {
  const params = new URLSearchParams(window.location.search);
  // ruleid: js/location-assignment
  window.location.href = params.get("next");
}

window.addEventListener("message", (event) => {
  if (event.origin !== "https://partner.example.com") return;
  // ruleid: js/location-assignment
  window.open(event.data.link, "_blank");
});

function goHome() {
  // ok: js/location-assignment
  window.location.href = "/";
}

function openProduct(id) {
  // ok: js/location-assignment
  window.location.assign("/products/" + encodeURIComponent(id));
}
