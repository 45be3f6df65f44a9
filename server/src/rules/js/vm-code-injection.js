const vm = require("node:vm");
const { runInNewContext } = require("vm");

function evaluateFormula(req, res) {
  const sandbox = { price: 10, quantity: 3 };
  // ruleid: js/vm-code-injection
  const total = vm.runInNewContext(req.body.formula, sandbox, { timeout: 50 });
  res.json({ total });
}

function compileTemplate(source) {
  // ruleid: js/vm-code-injection
  const script = new vm.Script("`" + source + "`");
  return script;
}

function applyRule(rule, context) {
  // ruleid: js/vm-code-injection
  return runInNewContext(rule, context);
}

function bootstrap() {
  // ok: js/vm-code-injection
  return vm.runInNewContext("globalThis.version = 1", {});
}

function evaluateFormulaSafely(req, res) {
  const sandbox = { price: 10, quantity: 3 };
  // ok: js/vm-code-injection
  const total = sandbox.price * Number(req.body.quantity);
  res.json({ total });
}
