function trackCampaign() {
  const campaign = location.hash.slice(1);
  // ruleid: js/document-write
  document.write('<img src="/pixel?c=' + campaign + '">');
}

function printTitle(title) {
  // ruleid: js/document-write
  document.writeln(`<h1>${title}</h1>`);
}

function trackCampaignSafely() {
  const pixel = new Image();
  // ok: js/document-write
  pixel.src = "/pixel?c=" + encodeURIComponent(location.hash.slice(1));
}

function printFooter() {
  // ok: js/document-write
  document.write("<footer>&copy; Example Ltd</footer>");
}
