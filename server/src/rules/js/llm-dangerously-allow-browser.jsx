import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";

// ruleid: js/llm-dangerously-allow-browser
const openai = new OpenAI({ apiKey: import.meta.env.VITE_OPENAI_API_KEY, dangerouslyAllowBrowser: true });

const anthropic = new Anthropic({
  apiKey: process.env.NEXT_PUBLIC_ANTHROPIC_API_KEY,
  // ruleid: js/llm-dangerously-allow-browser
  dangerouslyAllowBrowser: true,
});

export function ChatBox({ onSend }) {
  return <textarea onKeyDown={(e) => e.key === "Enter" && onSend(e.currentTarget.value)} />;
}

export async function ask(question) {
  // ok: js/llm-dangerously-allow-browser
  const response = await fetch("/api/chat", { method: "POST", body: JSON.stringify({ question }) });
  return response.json();
}

// ok: js/llm-dangerously-allow-browser
const serverClient = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, dangerouslyAllowBrowser: false });
