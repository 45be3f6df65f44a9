/**
 * The python pack's data flow, asserted on confidence (which fixtures do not check): model output of each client
 * library is a source, a rule's `sources:` list decides which sources raise the confidence, and values of unknown
 * origin keep the rule's own confidence.
 */
import assert from 'node:assert/strict';
import { ALL, TODAY, testEngine } from '../helpers';

const engine = testEngine();

/** Confidence of each finding of `ruleId`, by 1-based line. */
async function confidences(ruleId: string, text: string): Promise<Map<number, string>> {
  const result = await engine.analyse({ path: 'app.py', text }, { config: ALL, today: TODAY });
  return new Map(result.findings.filter((f) => f.ruleId === ruleId).map((f) => [f.range.start.line + 1, `${f.confidence}${/model output/.test(f.message) ? ' (model output)' : ''}`]));
}

describe('python/ data flow', () => {
  const clients: [string, string, string][] = [
    ['OpenAI', 'from openai import OpenAI\nclient = OpenAI()', 'client.chat.completions.create(model="gpt-4o", messages=m).choices[0].message.content'],
    ['Anthropic', 'import anthropic\nclient = anthropic.Anthropic()', 'client.messages.create(model="claude", max_tokens=9, messages=m).content[0].text'],
    ['Gemini', 'import google.generativeai as genai\nmodel = genai.GenerativeModel("gemini")', 'model.generate_content(m).text'],
    ['Cohere', 'import cohere\nco = cohere.Client()', 'co.chat(message=m).text'],
    ['Hugging Face', 'from huggingface_hub import InferenceClient\nhf = InferenceClient()', 'hf.text_generation(m)'],
    ['LangChain', 'from langchain_openai import ChatOpenAI\nllm = ChatOpenAI()', 'llm.invoke(m).content'],
    ['LlamaIndex', 'from llama_index.core import VectorStoreIndex\nengine = VectorStoreIndex([]).as_query_engine()', 'engine.query(m).response'],
    ['Ollama', 'import ollama', 'ollama.chat(model="llama3", messages=m)["message"]["content"]'],
    ['LiteLLM', 'import litellm', 'litellm.completion(model="gpt-4o", messages=m).choices[0].message.content'],
  ];
  for (const [name, setup, call] of clients) {
    it(`treats ${name} responses as model output`, async () => {
      const text = `${setup}\n\ndef run(m):\n    code = ${call}\n    return eval(code)\n`;
      const line = text.split('\n').findIndex((l) => l.includes('eval(')) + 1;
      assert.deepEqual([...(await confidences('python/code-injection-eval', text))], [[line, 'high (model output)']]);
    });
  }

  it('keeps the rule confidence for values of unknown origin', async () => {
    const text = 'def run(expression):\n    return eval(expression)\n';
    assert.deepEqual([...(await confidences('python/code-injection-eval', text))], [[2, 'medium']]);
  });

  it('takes a variable an escaping function cleaned as clean, whatever else it held, and what the program pickled only when it holds nothing else', async () => {
    // shlex.quote cleans what it is given: the loop variable quoted in place, a setting quoted once read.
    const quoted = 'import os, shlex\n\ndef purge(names, cfg):\n    for n in names:\n        n = shlex.quote(n)\n        os.system("rm " + n)\n    host = cfg.get("host")\n    host = shlex.quote(host)\n    os.system("ping " + host)\n';
    assert.deepEqual([...(await confidences('python/os-system-injection', quoted))], []);
    // pickle.dumps makes its bytes: a round trip through a variable is safe, a variable that may hold others is not.
    const pickled = 'import pickle\n\ndef copy(obj):\n    data = pickle.dumps(obj)\n    return pickle.loads(data)\n\ndef load(data, fresh, obj):\n    if fresh:\n        data = pickle.dumps(obj)\n    return pickle.loads(data)\n';
    assert.deepEqual([...(await confidences('python/pickle-deserialization', pickled))], [[10, 'medium']]);
  });

  it('counts only the sources a rule lists: a path from the command line is not path traversal', async () => {
    const text = [
      'import sys',
      'from flask import request',
      '',
      'def download():',
      '    return open("files/" + request.args["name"]).read()',
      '',
      'def main():',
      '    return open(sys.argv[1]).read()',
      '',
    ].join('\n');
    assert.deepEqual([...(await confidences('python/path-traversal', text))], [[5, 'high'], [8, 'low']]);
  });

  it('reads the preferred import of a try/except fallback', async () => {
    const text = [
      'try:',
      '    from secrets import token_hex as make_token',
      'except ImportError:',
      '    from random import getrandbits as make_token',
      'import random',
      '',
      'def generate_token():',
      '    return make_token(16)',
      '',
      'def generate_password():',
      '    return random.getrandbits(64)',
      '',
    ].join('\n');
    assert.deepEqual([...(await confidences('python/insecure-random-secret', text)).keys()], [11]);
  });
  it('follows data through long expressions: the depth limit counts steps from names to bindings, not nesting', async () => {
    // `name + " " + … + "z"` nests 24 deep on its left; the untrusted value is one step from the sink's argument.
    const terms = Array.from({ length: 24 }, (_, i) => `"${String.fromCharCode(97 + i)}"`).join(' + ');
    const text = `import os\nfrom flask import request\n\ndef run():\n    name = request.args["name"]\n    os.system(name + " " + ${terms})\n`;
    assert.deepEqual([...(await confidences('python/os-system-injection', text))], [[6, 'high']]);
    // Nesting far deeper than code is written is cut off (the value is then unknown), not followed off the stack.
    const deep = `import os\n\ndef run(name):\n    os.system(name${'\n        + "x"'.repeat(3000)})\n`;
    const result = await engine.analyse({ path: 'deep.py', text: deep }, { config: ALL, today: TODAY });
    assert.deepEqual(result.notices.filter((n) => n.kind === 'error'), []);
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'python/os-system-injection').map((f) => f.confidence), ['medium']);
  });
  it('follows names that each use the one before several times once per name, not once per path', async () => {
    // 3^24 paths from the sink to `p`: followed one by one, the analysis would never end (the test times out).
    const lines = Array.from({ length: 24 }, (_, i) => `    v${i + 1} = v${i} + v${i} + v${i}`);
    const near = `import os\nfrom flask import request\n\ndef run():\n    v0 = request.args["p"]\n${lines.slice(0, 10).join('\n')}\n    os.system(v10)\n`;
    assert.deepEqual([...(await confidences('python/os-system-injection', near))], [[16, 'high']]);
    const far = `import os\nfrom flask import request\n\ndef run():\n    v0 = request.args["p"]\n${lines.join('\n')}\n    os.system(v24)\n`;
    const result = await engine.analyse({ path: 'fan.py', text: far }, { config: ALL, today: TODAY });
    assert.deepEqual(result.notices.filter((n) => n.kind === 'error'), []);
    // The source lies beyond the hop limit: the value is of unknown origin.
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'python/os-system-injection').map((f) => f.confidence), ['medium']);
  });
});
