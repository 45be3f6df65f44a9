import importlib
import json
import sys

from openai import OpenAI

import tools

client = OpenAI()
TOOLS = {"get_weather": tools.get_weather, "search_docs": tools.search_docs}


def run_agent(messages, schemas):
    response = client.chat.completions.create(model="gpt-4o", messages=messages, tools=schemas)
    results = []
    for tool_call in response.choices[0].message.tool_calls:
        args = json.loads(tool_call.function.arguments)
        # ruleid: llm/model-chosen-function
        results.append(getattr(tools, tool_call.function.name)(**args))
    return results


def dispatch(tool_name, arguments):
    # ruleid: llm/model-chosen-function
    return globals()[tool_name](**json.loads(arguments))


def handle_block(block):
    if block.type == "tool_use":
        # ruleid: llm/model-chosen-function
        return getattr(sys.modules[__name__], block.name)(**block.input)
    return None


def run_agent_safe(messages, schemas):
    response = client.chat.completions.create(model="gpt-4o", messages=messages, tools=schemas)
    results = []
    for tool_call in response.choices[0].message.tool_calls:
        args = json.loads(tool_call.function.arguments)
        # ok: llm/model-chosen-function
        results.append(TOOLS[tool_call.function.name](**args))
    return results


def dispatch_checked(tool_name, arguments):
    if tool_name not in {"get_weather", "search_docs"}:
        raise ValueError(f"unknown tool {tool_name}")
    # ok: llm/model-chosen-function
    return getattr(tools, tool_name)(**json.loads(arguments))


class Handler:
    def on_event(self, kind, payload):
        # ok: llm/model-chosen-function
        return getattr(self, f"handle_{kind}")(payload)


def run_plugin(call):
    # The model picks the module rather than the function: import_module reaches any installed package.
    plugin = importlib.import_module(call.function.name)
    # todoruleid: llm/model-chosen-function
    return plugin.run(**json.loads(call.function.arguments))
