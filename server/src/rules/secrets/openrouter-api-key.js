import OpenAI from "openai";

// ruleid: secrets/openrouter-api-key
const openrouter = new OpenAI({ baseURL: "https://openrouter.ai/api/v1", apiKey: "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" });

// ok: secrets/openrouter-api-key
const openrouter = new OpenAI({ baseURL: "https://openrouter.ai/api/v1", apiKey: process.env.OPENROUTER_API_KEY });

// ok: secrets/openrouter-api-key
const openrouter = new OpenAI({ baseURL: "https://openrouter.ai/api/v1", apiKey: "sk-or-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });
