import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

export function calculate(req, res) {
  const expression = req.query.expr;
  // ruleid: js/eval-injection
  const result = eval(expression);
  res.json({ result });
}

export function compileFilter(source) {
  // ruleid: js/eval-injection
  return new Function("item", "return " + source);
}

export async function runGeneratedCode(task) {
  const message = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: task }] });
  const code = message.content[0].text;
  // ruleid: js/eval-injection
  return eval(code);
}

export function parseSettings(text) {
  // ok: js/eval-injection
  return JSON.parse(text);
}

export function makeAdder() {
  // ok: js/eval-injection
  return new Function("a", "b", "return a + b");
}

const OPERATIONS = { add: (a, b) => a + b, sub: (a, b) => a - b };
export function calculateSafely(req, res) {
  // ok: js/eval-injection
  const result = OPERATIONS[req.query.op]?.(Number(req.query.a), Number(req.query.b));
  res.json({ result });
}
