import OpenAI from "openai";

// ruleid: secrets/openrouter-api-key
const openrouter = new OpenAI({ baseURL: "https://openrouter.ai/api/v1", apiKey: process.env.OPENROUTER_API_KEY });

// ok: secrets/openrouter-api-key
const openrouter = new OpenAI({ baseURL: "https://openrouter.ai/api/v1", apiKey: process.env.OPENROUTER_API_KEY });

// ok: secrets/openrouter-api-key
const openrouter = new OpenAI({ baseURL: "https://openrouter.ai/api/v1", apiKey: "sk-or-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });
