import express from "express";
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { generateText } from "ai";
import { openai as openaiProvider } from "@ai-sdk/openai";
import { SystemMessage, HumanMessage } from "@langchain/core/messages";
import { ChatPromptTemplate } from "@langchain/core/prompts";

const app = express();
const openai = new OpenAI();
const anthropic = new Anthropic();

const SYSTEM_PROMPT = "You are the support assistant of Example Inc. Answer only questions about our products.";

app.post("/chat", async (req, res) => {
  const { persona, question } = req.body;
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      // ruleid: llm/system-prompt-injection
      { role: "system", content: `You are ${persona}. Answer only questions about our products.` },
      { role: "user", content: question },
    ],
  });
  res.json({ answer: completion.choices[0].message.content });
});

app.post("/summarise", async (req, res) => {
  const reply = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    // ruleid: llm/system-prompt-injection
    system: "Summarise for this audience: " + req.query.audience,
    messages: [{ role: "user", content: req.body.text }],
  });
  res.json(reply.content);
});

app.post("/translate", async (req, res) => {
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // ruleid: llm/system-prompt-injection
    system: `Translate the user's text into ${req.body.language}.`,
    prompt: req.body.text,
  });
  res.json({ text });
});

app.post("/lc", async (req, res) => {
  // ruleid: llm/system-prompt-injection
  const history = [new SystemMessage(`Reply in the style of ${req.body.style}.`), new HumanMessage(req.body.text)];
  const prompt = ChatPromptTemplate.fromMessages([
    // ruleid: llm/system-prompt-injection
    ["system", `You work for ${req.body.company}.`],
    ["human", "{input}"],
  ]);
  res.json({ turns: history.length, prompt: prompt.inputVariables });
});

app.post("/chat/safe", async (req, res) => {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      // ok: llm/system-prompt-injection
      { role: "system", content: SYSTEM_PROMPT },
      // ok: llm/system-prompt-injection
      { role: "user", content: `Persona requested: ${req.body.persona}\nQuestion: ${req.body.question}` },
    ],
  });
  res.json({ answer: completion.choices[0].message.content });
});

app.post("/summarise/safe", async (req, res) => {
  const reply = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    // ok: llm/system-prompt-injection
    system: SYSTEM_PROMPT,
    messages: [{ role: "user", content: `<audience>${req.query.audience}</audience>\n${req.body.text}` }],
  });
  res.json(reply.content);
});
