import OpenAI from "openai";
import * as cp from "node:child_process";
import { getWeather, searchDocs } from "./tools.js";

const openai = new OpenAI();
const tools = new Map([["getWeather", getWeather], ["searchDocs", searchDocs]]);

export async function runAgent(messages, schemas) {
  const response = await openai.chat.completions.create({ model: "gpt-4o", messages, tools: schemas });
  const calls = response.choices[0].message.tool_calls ?? [];
  return Promise.all(calls.map((toolCall) => {
    const args = JSON.parse(toolCall.function.arguments);
    // ruleid: llm/model-chosen-function
    return globalThis[toolCall.function.name](args);
  }));
}

export function runCommandTool(toolName, args) {
  // ruleid: llm/model-chosen-function
  return cp[toolName](...args);
}

export async function runAgentSafe(messages, schemas) {
  const response = await openai.chat.completions.create({ model: "gpt-4o", messages, tools: schemas });
  const calls = response.choices[0].message.tool_calls ?? [];
  return Promise.all(calls.map((toolCall) => {
    const handler = tools.get(toolCall.function.name);
    if (!handler) throw new Error(`unknown tool ${toolCall.function.name}`);
    // ok: llm/model-chosen-function
    return handler(JSON.parse(toolCall.function.arguments));
  }));
}

export class Emitter {
  fire(event, payload) {
    // ok: llm/model-chosen-function
    return this[`on${event}`](payload);
  }
}
