const ejs = require("ejs");
const Handlebars = require("handlebars");

app.post("/preview-email", (req, res) => {
  // ruleid: js/template-injection
  const html = ejs.render(req.body.template, { user: req.user });
  res.send(html);
});

function greeting(name) {
  // ruleid: js/template-injection
  return Handlebars.compile("<p>Hello " + name + "</p>")({});
}

app.post("/preview-email-safe", (req, res) => {
  // ok: js/template-injection
  const html = ejs.render("<p>Hello <%= name %></p>", { name: req.body.name });
  res.send(html);
});

function greetingSafely(name) {
  // ok: js/template-injection
  return Handlebars.compile("<p>Hello {{name}}</p>")({ name });
}
