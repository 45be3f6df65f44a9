import anthropic
from flask import Flask, request
from langchain_core.messages import HumanMessage, SystemMessage
from openai import OpenAI

app = Flask(__name__)
client = OpenAI()
claude = anthropic.Anthropic()

SYSTEM_PROMPT = "You are a support assistant for Example Inc. Answer only questions about our products."


@app.route("/chat", methods=["POST"])
def chat():
    persona = request.json["persona"]
    messages = [
        # ruleid: python/system-prompt-injection
        {"role": "system", "content": f"You are {persona}. Answer only questions about our products."},
        {"role": "user", "content": request.json["question"]},
    ]
    return client.chat.completions.create(model="gpt-4o", messages=messages).choices[0].message.content


@app.route("/summarise", methods=["POST"])
def summarise():
    reply = claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=1024,
        # ruleid: python/system-prompt-injection
        system="Summarise for this audience: " + request.form["audience"],
        messages=[{"role": "user", "content": request.form["text"]}],
    )
    return reply.content[0].text


@app.route("/translate", methods=["POST"])
def translate():
    # ruleid: python/system-prompt-injection
    history = [SystemMessage(content=f"Translate into {request.form['language']}."), HumanMessage(content=request.form["text"])]
    return {"messages": len(history)}


@app.route("/chat/safe", methods=["POST"])
def chat_safe():
    messages = [
        # ok: python/system-prompt-injection
        {"role": "system", "content": SYSTEM_PROMPT},
        # ok: python/system-prompt-injection
        {"role": "user", "content": f"Persona requested: {request.json['persona']}\nQuestion: {request.json['question']}"},
    ]
    return client.chat.completions.create(model="gpt-4o", messages=messages).choices[0].message.content


@app.route("/summarise/safe", methods=["POST"])
def summarise_safe():
    reply = claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=1024,
        # ok: python/system-prompt-injection
        system=SYSTEM_PROMPT,
        messages=[{"role": "user", "content": request.form["text"]}],
    )
    return reply.content[0].text
