import ast
import json
import sys
import types

import anthropic
from flask import Flask, request

app = Flask(__name__)
client = anthropic.Anthropic()


@app.route("/calc")
def calculate():
    expression = request.args.get("expr", "0")
    # ruleid: python/code-injection-eval
    result = eval(expression)
    return {"result": result}


def run_generated_code(task):
    message = client.messages.create(model="claude-sonnet-4-5", max_tokens=2048, messages=[{"role": "user", "content": task}])
    code = message.content[0].text
    # ruleid: python/code-injection-eval
    exec(code, {"__builtins__": __builtins__})


def apply_filter(rows, condition):
    # ruleid: python/code-injection-eval
    return [row for row in rows if eval(condition, {}, row)]


def run_snippet(source, filename):
    # ruleid: python/code-injection-eval
    exec(compile(source, filename, "exec"), {})
    # A code object runs nothing until exec or eval takes it (a caller's eval is reported there).
    # ok: python/code-injection-eval
    return compile(source, filename, "eval")


def parse_tree(source):
    # ok: python/code-injection-eval
    return compile(source, "<input>", "exec", ast.PyCF_ONLY_AST)


def run_as_function(source):
    # ruleid: python/code-injection-eval
    return types.FunctionType(compile(source, "<input>", "exec").co_consts[0], {})()


def clone(func):
    # ok: python/code-injection-eval
    return types.FunctionType(func.__code__, func.__globals__, func.__name__)


def parse_settings(text):
    # ok: python/code-injection-eval
    return ast.literal_eval(text)


def parse_body():
    # ok: python/code-injection-eval
    return json.loads(request.data)


def version_tuple():
    # ok: python/code-injection-eval
    return eval("(3, 12)")


if __name__ == "__main__":
    # ruleid: python/code-injection-eval
    print(eval(sys.argv[1]))
