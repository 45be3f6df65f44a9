import DOMPurify from "dompurify";
import OpenAI from "openai";

const client = new OpenAI({ apiKey: await getKeyFromServer() });

function showGreeting() {
  const name = new URLSearchParams(location.search).get("name");
  // ruleid: js/inner-html-xss
  document.getElementById("greeting").innerHTML = "Hello, " + name;
}

function renderComment(comment) {
  const item = document.createElement("li");
  // ruleid: js/inner-html-xss
  item.innerHTML = `<b>${comment.author}</b>: ${comment.body}`;
  return item;
}

async function renderAnswer(question, panel) {
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  // ruleid: js/inner-html-xss
  panel.outerHTML = completion.choices[0].message.content;
}

function showGreetingSafely() {
  const name = new URLSearchParams(location.search).get("name");
  // ok: js/inner-html-xss
  document.getElementById("greeting").textContent = "Hello, " + name;
}

function renderMarkdown(html, panel) {
  // ok: js/inner-html-xss
  panel.innerHTML = DOMPurify.sanitize(html);
}

function clear(panel) {
  // ok: js/inner-html-xss
  panel.innerHTML = "";
}
