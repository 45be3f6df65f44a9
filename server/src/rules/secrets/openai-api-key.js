import OpenAI from "openai";

// ruleid: secrets/openai-api-key
const openai = new OpenAI({ apiKey: "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" });

// ok: secrets/openai-api-key
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

// ok: secrets/openai-api-key
const openai = new OpenAI({ apiKey: "sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });

// ruleid: secrets/openai-api-key
const admin = new OpenAI({ apiKey: "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" });

// ok: secrets/openai-api-key
const demo = new OpenAI({ apiKey: "sk-proj-..." });
