"""An ops assistant: asks a model for a shell command or a calculation and runs it. Written with an AI assistant."""
import json
import os
import shlex
import subprocess

import torch
from langchain_experimental.agents import create_pandas_dataframe_agent
from langchain_openai import ChatOpenAI
from openai import OpenAI
from transformers import AutoModelForCausalLM

# A real-looking (fake) key pasted into the code, and the safe twin that reads it from the environment.
client = OpenAI(api_key="sk-proj-u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJ")
safe_client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])

ALLOWED_COMMANDS = {"disk": ["df", "-h"], "uptime": ["uptime"], "load": ["cat", "/proc/loadavg"]}


def ask(prompt):
    response = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    return response.choices[0].message.content


def run_suggested_command(task):
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Reply with one shell command."}, {"role": "user", "content": task}],
    )
    command = response.choices[0].message.content
    return subprocess.run(command, shell=True, capture_output=True, text=True).stdout


def run_suggested_command_safe(task):
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Reply with one of: disk, uptime, load."}, {"role": "user", "content": task}],
    )
    choice = response.choices[0].message.content.strip()
    if choice not in ALLOWED_COMMANDS:
        raise ValueError(f"unexpected command {shlex.quote(choice)}")
    return subprocess.run(ALLOWED_COMMANDS[choice], capture_output=True, text=True).stdout


def calculate(question):
    response = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}])
    return eval(response.choices[0].message.content)


def calculate_safe(question):
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question + " Answer as JSON: {\"value\": <number>}."}],
    )
    return float(json.loads(response.choices[0].message.content)["value"])


def build_system_prompt(user_bio):
    return "You are a helpful support agent. The customer says about themselves: " + user_bio


def load_classifier(path):
    return torch.load(path)


def load_classifier_safe(path):
    return torch.load(path, weights_only=True)


def load_summariser():
    return AutoModelForCausalLM.from_pretrained("acme-labs/summariser-7b", trust_remote_code=True)


def load_summariser_safe():
    return AutoModelForCausalLM.from_pretrained("acme-labs/summariser-7b", revision="3f1c2a9d8e7b6a5c4d3e2f1a0b9c8d7e6f5a4b3c")


def dataframe_agent(df):
    return create_pandas_dataframe_agent(ChatOpenAI(model="gpt-4o-mini"), df, allow_dangerous_code=True)
