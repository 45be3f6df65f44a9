from langchain.agents import AgentExecutor, create_tool_calling_agent, load_tools
from langchain_community.tools import ShellTool
from langchain_community.tools import DuckDuckGoSearchRun
from langchain_core.tools import tool
from langchain_experimental.tools import PythonREPLTool


@tool
def word_count(text: str) -> int:
    """Count the words in a text."""
    return len(text.split())


def build_tools(llm):
    # ruleid: python/langchain-code-tool
    repl = PythonREPLTool()
    # ruleid: python/langchain-code-tool
    shell = ShellTool()
    # ruleid: python/langchain-code-tool
    extra = load_tools(["terminal", "llm-math"], llm=llm)
    return [repl, shell, *extra]


def build_safe_tools(llm):
    # ok: python/langchain-code-tool
    search = DuckDuckGoSearchRun()
    # ok: python/langchain-code-tool
    math = load_tools(["llm-math"], llm=llm)
    return [search, word_count, *math]


def build_agent(llm, prompt):
    tools = build_safe_tools(llm)
    return AgentExecutor(agent=create_tool_calling_agent(llm, tools, prompt), tools=tools)
